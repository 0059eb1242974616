// Optional enhancement of the desk's forms: as an editor types in an actor or tag box, the
// box's datalist is refilled from the server's suggestions (any alias, ignoring case and
// accents). Without this script the server-rendered datalists still work.
(function () {
	'use strict';
	var endpoints = { actors: 'actors/suggest', tags: 'tags/suggest' };
	var base = document.querySelector('.desk-nav a') ? document.querySelector('.desk-nav a').getAttribute('href') : '/desk';
	var timers = {};

	function refill(input) {
		var kind = input.getAttribute('data-suggest');
		var list = document.getElementById(input.getAttribute('list'));
		var text = input.value.trim();
		if (!list || text.length < 2) {
			return;
		}
		fetch(base + '/' + endpoints[kind] + '?q=' + encodeURIComponent(text), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
			.then(function (response) { return response.ok ? response.json() : []; })
			.then(function (items) {
				items.forEach(function (item) {
					var value = (typeof item === 'string') ? item : item.name;
					var exists = Array.prototype.some.call(list.options, function (option) { return option.value === value; });
					if (!exists) {
						var option = document.createElement('option');
						option.value = value;
						if (typeof item !== 'string' && item.matched !== item.name) {
							option.textContent = 'also known as ' + item.matched;
						}
						list.appendChild(option);
					}
				});
			})
			.catch(function () { /* suggestions are optional */ });
	}

	document.addEventListener('input', function (event) {
		var input = event.target;
		if (!(input instanceof HTMLInputElement) || !input.hasAttribute('data-suggest')) {
			return;
		}
		clearTimeout(timers[input.id]);
		timers[input.id] = setTimeout(function () { refill(input); }, 200);
	});
})();
