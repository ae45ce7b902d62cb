/** How many files the pages' small start scripts add per task. */
const PER_TASK = 3

/**
 * Source of `preload(d, list, first)`, shared by the small classic scripts that start a page
 * (start-after-paint.ts, shell-preload.ts). It asks for the files in `list` (scripts as module
 * preloads, styles as style preloads), a few per task, and calls `first` once, right after the first
 * of them. Adding one costs one to a few milliseconds in the benchmark's browser, more on a slow
 * phone, and a plan has some twenty: all in one task would make it a long one.
 */
export const preloadInTasks = `function preload(d,list,first){(function more(){`
  + `list.splice(0,${PER_TASK}).forEach(function(h){var l=d.createElement('link');`
  + `if(/\\.css$/.test(h)){l.rel='preload';l.as='style'}else l.rel='modulepreload';l.crossOrigin='';l.href=h;d.head.appendChild(l)});`
  + `if(first){first();first=0}if(list.length)setTimeout(more)})()}`
