// Progressive enhancement of the questionnaire form: questions with a condition ("nur beantworten,
// wenn …") are hidden until the earlier answer includes the option. Without this script every
// question is shown and the service drops answers to questions whose condition is not met.
(function () {
  var form = document.querySelector('form.questionnaire');
  if (!form) {
    return;
  }
  var conditional = form.querySelectorAll('[data-show-if-question]');
  function update() {
    conditional.forEach(function (question) {
      var selector = 'input[name="q' + question.dataset.showIfQuestion + '"][value="' + question.dataset.showIfOption + '"]';
      var option = form.querySelector(selector);
      var source = form.querySelector('#q' + question.dataset.showIfQuestion);
      var shown = option !== null && option.checked && !(source && source.hidden);
      question.hidden = !shown;
      question.querySelectorAll('input, textarea, select').forEach(function (input) {
        input.disabled = !shown;
      });
    });
  }
  form.addEventListener('change', update);
  update();
})();
