export interface RunningNginx {
  /** http://127.0.0.1:<port> */
  origin: string
  /** Stops nginx and removes its folder. */
  stop: () => Promise<void>
  /** What nginx has written to its access and error logs so far. */
  logs: () => { access: string, error: string }
}

export function startNginx(options: { root: string, port: number }): Promise<RunningNginx>
