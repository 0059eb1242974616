// Reloads an import page every two seconds while a run is in progress; without
// JavaScript the page offers a Refresh link instead.
(function () {
	if (document.querySelector('[data-import-active="true"]')) {
		window.setTimeout(function () { window.location.reload(); }, 2000);
	}
})();
