/*
 * The server refuses a request over 20 MB before any page can answer it (the upload limit of
 * spring.servlet.multipart), so the applicant would see only a general error page. Said here instead,
 * next to the file, as soon as a file that large is chosen; the server's own checks stay as they are.
 */
const LIMIT = 20 * 1024 * 1024;
const MESSAGE = '文件超过 20MB，未上传：请压缩或拆分后重新选择（每个文件不超过 20MB）。';

const input = document.getElementById('file');
if (input) {
  const form = input.form;
  const error = () => {
    let p = document.getElementById('file-size-error');
    if (!p) {
      p = document.createElement('p');
      p.id = 'file-size-error';
      p.className = 'field-error';
      input.insertAdjacentElement('afterend', p);
    }
    return p;
  };
  const tooLarge = () => Array.from(input.files).some((f) => f.size > LIMIT);
  input.addEventListener('change', () => {
    if (tooLarge()) {
      error().textContent = MESSAGE;
      form.classList.add('has-error');
    } else if (document.getElementById('file-size-error')) {
      document.getElementById('file-size-error').remove();
    }
  });
  form.addEventListener('submit', (event) => {
    if (tooLarge()) {
      event.preventDefault();
      error().textContent = MESSAGE;
    }
  });
}
