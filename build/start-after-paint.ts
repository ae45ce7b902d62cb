import { preloadInTasks } from './preload-in-tasks.ts'

/**
 * The one script a pre-rendered page loads itself (docs/offline.md, "Paint first"). The page's text is
 * all in its HTML; what it needs to be painted is that HTML and its styles. Its modules (~90 KB gzip on
 * a plan) used to be fetched alongside, sharing a slow connection with the styles, so the text
 * appeared later than it could. This script, loaded with `defer`, asks for the app's entry and the
 * page's modules once the browser reports the page's first contentful paint; at once when the page
 * is not visible (a tab opened in the background paints nothing); after two frames in a browser that
 * reports no paints. No timer decides when: on a very slow connection the first paint may take
 * seconds, and that is when the modules must not compete with the styles. Links, calls and the quick-exit link work
 * before the app starts, as they always have; its keyboard shortcut (Shift three times) and the
 * buttons that need the app wait for it.
 *
 * It reads what to load from its own tag: `data-app` (the entry) and `data-preload` (the page's
 * modules, space-separated, the framework first), as build/prerender.ts writes them, so one file
 * serves every page. The preloads go a few per task (preload-in-tasks.ts), the entry with the first
 * of them.
 */
export const startAfterPaint = `(function(d,me,w,done){${preloadInTasks}`
  + `function start(){if(done)return;done=1;`
  + `var s=d.createElement('script');s.type='module';s.crossOrigin='';s.src=me.getAttribute('data-app');`
  + `preload(d,(me.getAttribute('data-preload')||'').split(' ').filter(Boolean),function(){d.head.appendChild(s)})}`
  + `if(d.visibilityState=='hidden')return start();`
  + `if(w.PerformanceObserver&&(PerformanceObserver.supportedEntryTypes||[]).indexOf('paint')>=0)`
  + `new PerformanceObserver(function(l){if(l.getEntriesByName('first-contentful-paint').length)setTimeout(start)}).observe({type:'paint',buffered:true});`
  + `else requestAnimationFrame(function(){requestAnimationFrame(function(){setTimeout(start)})})`
  + `})(document,document.currentScript,window)\n`
