// Prefills the address from the short name while the visitor has not typed one of their own.
// The same rule as Slugs.suggest on the server, which also fills an address left empty.
(function () {
  var source = document.querySelector('[data-slug-source]');
  var target = document.querySelector('[data-slug-target]');
  if (!source || !target) {
    return;
  }
  var edited = target.value !== '';
  function suggest(name) {
    var slug = name.trim().normalize('NFC').toLocaleLowerCase('de')
      .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
      .normalize('NFD').replace(/\p{M}/gu, '')
      .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    return slug.substring(0, 63).replace(/-+$/, '');
  }
  target.addEventListener('input', function () {
    edited = target.value !== '';
  });
  source.addEventListener('input', function () {
    if (!edited) {
      target.value = suggest(source.value);
    }
  });
}());
