export interface RunningNginx {
  /** http://127.0.0.1:<port> */
  origin: string
  /** Stops nginx and removes its folder. */
  stop: () => Promise<void>
  /** What nginx has written to its access and error logs so far. */
  logs: () => { access: string, error: string }
}

/**
 * `user`: the account nginx's workers run as when root starts it (default: the account running this);
 * ignored otherwise. Fails at once, naming the folder and the cause, when nginx cannot read the site.
 */
export function startNginx(options: { root: string, port: number, user?: string }): Promise<RunningNginx>
