/*
 * The server refuses a request over its upload limit before any page can answer it (spring.servlet.multipart),
 * and a file over a form's own limit only after the whole upload: said here instead, next to the file, as soon
 * as a file that large is chosen. Each file input names its limit (data-max-mb); the server's checks stay.
 */
for (const input of document.querySelectorAll('input[type=file][data-max-mb]')) {
  const megabytes = Number(input.dataset.maxMb);
  const message = `文件超过 ${megabytes}MB，未提交：请压缩或拆分后重新选择（每个文件不超过 ${megabytes}MB）。`;
  const form = input.form;
  const errorId = `${input.id}-size-error`;
  const error = () => {
    let p = document.getElementById(errorId);
    if (!p) {
      p = document.createElement('p');
      p.id = errorId;
      p.className = 'field-error';
      input.insertAdjacentElement('afterend', p);
    }
    return p;
  };
  const tooLarge = () => Array.from(input.files).some((f) => f.size > megabytes * 1024 * 1024);
  input.addEventListener('change', () => {
    if (tooLarge()) {
      error().textContent = message;
      form.classList.add('has-error');
    } else if (document.getElementById(errorId)) {
      document.getElementById(errorId).remove();
    }
  });
  form.addEventListener('submit', (event) => {
    if (tooLarge()) {
      event.preventDefault();
      error().textContent = message;
    }
  });
}
