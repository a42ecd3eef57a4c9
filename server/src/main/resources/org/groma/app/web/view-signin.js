// Sign in to this node with the account its administrator gave you; the session lasts until you sign out,
// stay idle for 30 minutes, or 12 hours pass.
import { post } from './api.js';
import { el, errorBox } from './dom.js';

export async function renderSignIn(panel, app) {
  if (app.me) {
    panel.append(el('p', {}, `You are signed in as ${app.me.member} (${app.partyName(app.me.party)}).`));
  }
  const form = el('form', { class: 'signin' },
    el('div', { class: 'field' }, el('label', { for: 'user' }, 'User name'),
      el('input', { id: 'user', name: 'user', autocomplete: 'username', required: true })),
    el('div', { class: 'field' }, el('label', { for: 'password' }, 'Password'),
      el('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true })),
    el('button', { type: 'submit' }, 'Sign in'));
  const message = el('div', { 'aria-live': 'assertive' });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    message.replaceChildren();
    try {
      await post('/api/session', { user: form.user.value, password: form.password.value });
      form.password.value = '';
      await app.loadSession();
      location.hash = app.me && app.me.roles.includes('co-chair') ? '#/decisions' : '#/map';
    } catch (err) {
      message.replaceChildren(errorBox(err.message));
    }
  });
  panel.append(el('p', {}, 'Sign in to your own party\'s node. Reading the record needs no account; acting does.'), form, message);
}
