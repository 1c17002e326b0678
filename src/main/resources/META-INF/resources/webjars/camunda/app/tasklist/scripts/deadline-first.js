/*
 * Tasklist opens a list sorted by creation date, newest first: when the address names no sort, it
 * writes that default into the address itself. Our role filters sort by due date and the engine
 * still orders by the filter first, but the sort shown says 创建时间 and a click on it orders by
 * creation. So where Tasklist puts in its default, and when Tasklist opens on it, this custom script
 * names the filters' own instead: earliest deadline first. A sort a person chooses stays (only
 * choosing exactly 创建时间, newest first, and then reloading the page goes back to the deadline).
 */

const TASKLIST_DEFAULT = JSON.stringify([{ sortBy: 'created', sortOrder: 'desc' }]);
const DEADLINE_FIRST = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);

function sortingOf(url) {
  const hash = new URL(url).hash;
  const queryAt = hash.indexOf('?');
  return queryAt < 0 ? null : new URLSearchParams(hash.substring(queryAt + 1)).get('sorting');
}

function deadlineFirst() {
  const hash = window.location.hash;
  const queryAt = hash.indexOf('?');
  const query = new URLSearchParams(hash.substring(queryAt + 1));
  query.set('sorting', DEADLINE_FIRST);
  window.location.replace(hash.substring(0, queryAt) + '?' + query.toString());
}

// Tasklist (AngularJS, hash addresses) changes the address itself, so each change is a hashchange.
window.addEventListener('hashchange', (change) => {
  if (sortingOf(change.oldURL) === null && sortingOf(change.newURL) === TASKLIST_DEFAULT) {
    deadlineFirst();
  }
});

// Tasklist may have written its default before this script was loaded.
if (sortingOf(window.location.href) === TASKLIST_DEFAULT) {
  deadlineFirst();
}
