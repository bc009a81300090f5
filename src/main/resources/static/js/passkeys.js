// Passkeys (WebAuthn) through Spring Security's endpoints: sign in with a passkey ([data-passkey-sign-in]) and add one
// ([data-passkey-register]). No inline script: the Content-Security-Policy forbids it. Adapted from Spring Security's
// own spring-security-webauthn.js, with the portal's messages instead of its alerts.
(function () {
  'use strict';

  function encode(buffer) {
    var binary = String.fromCharCode.apply(null, new Uint8Array(buffer));
    return window.btoa(binary).replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
  }

  function decode(text) {
    var binary = window.atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function post(element, url, body) {
    var headers = { 'Content-Type': 'application/json' };
    headers[element.dataset.csrfHeader] = element.dataset.csrfToken;
    return fetch(url, { method: 'POST', headers: headers, body: body ? JSON.stringify(body) : undefined })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      });
  }

  function show(id) {
    var message = document.getElementById(id);
    if (message) {
      message.hidden = false;
      message.focus();
    }
  }

  function hide(id) {
    var message = document.getElementById(id);
    if (message) {
      message.hidden = true;
    }
  }

  function signIn(button) {
    var base = button.dataset.contextPath || '';
    hide(button.dataset.error);
    button.disabled = true;
    post(button, base + '/webauthn/authenticate/options')
      .then(function (options) {
        options.challenge = decode(options.challenge);
        options.allowCredentials = (options.allowCredentials || []).map(function (credential) {
          return Object.assign({}, credential, { id: decode(credential.id) });
        });
        return navigator.credentials.get({ publicKey: options });
      })
      .then(function (credential) {
        var response = credential.response;
        return post(button, base + '/login/webauthn', {
          id: credential.id,
          rawId: encode(credential.rawId),
          response: {
            authenticatorData: encode(response.authenticatorData),
            clientDataJSON: encode(response.clientDataJSON),
            signature: encode(response.signature),
            userHandle: response.userHandle ? encode(response.userHandle) : undefined
          },
          credType: credential.type,
          clientExtensionResults: credential.getClientExtensionResults(),
          authenticatorAttachment: credential.authenticatorAttachment
        });
      })
      .then(function (result) {
        if (!result.authenticated || !result.redirectUrl) {
          throw new Error('Not signed in');
        }
        window.location.href = result.redirectUrl;
      })
      .catch(function (error) {
        console.error(error);
        button.disabled = false;
        show(button.dataset.error);
      });
  }

  function register(form) {
    var base = form.dataset.contextPath || '';
    var label = form.querySelector('[name=label]');
    hide(form.dataset.error);
    hide(form.dataset.missingLabel);
    label.removeAttribute('aria-invalid');
    label.classList.remove('is-invalid');
    if (!label.value.trim()) {
      label.setAttribute('aria-invalid', 'true');
      label.classList.add('is-invalid');
      show(form.dataset.missingLabel);
      label.focus();
      return;
    }
    var submit = form.querySelector('[type=submit]');
    submit.disabled = true;
    post(form, base + '/webauthn/register/options')
      .then(function (options) {
        options.user = Object.assign({}, options.user, { id: decode(options.user.id) });
        options.challenge = decode(options.challenge);
        options.excludeCredentials = (options.excludeCredentials || []).map(function (credential) {
          return Object.assign({}, credential, { id: decode(credential.id) });
        });
        return navigator.credentials.create({ publicKey: options });
      })
      .then(function (credential) {
        var response = credential.response;
        return post(form, base + '/webauthn/register', {
          publicKey: {
            credential: {
              id: credential.id,
              rawId: encode(credential.rawId),
              response: {
                attestationObject: encode(response.attestationObject),
                clientDataJSON: encode(response.clientDataJSON),
                transports: response.getTransports ? response.getTransports() : []
              },
              type: credential.type,
              clientExtensionResults: credential.getClientExtensionResults(),
              authenticatorAttachment: credential.authenticatorAttachment
            },
            label: label.value.trim()
          }
        });
      })
      .then(function (result) {
        if (!result.success) {
          throw new Error('Not registered');
        }
        window.location.href = base + '/account/passkeys?added';
      })
      .catch(function (error) {
        console.error(error);
        submit.disabled = false;
        show(form.dataset.error);
      });
  }

  var supported = !!window.PublicKeyCredential;
  document.querySelectorAll('[data-passkey-sign-in]').forEach(function (button) {
    button.hidden = !supported;
    button.addEventListener('click', function () {
      signIn(button);
    });
  });
  document.querySelectorAll('[data-passkey-register]').forEach(function (form) {
    if (!supported) {
      show(form.dataset.unsupported);
      form.querySelector('[type=submit]').disabled = true;
    }
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      register(form);
    });
  });
})();
