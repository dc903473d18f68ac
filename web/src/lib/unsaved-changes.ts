/**
 * Warns before leaving a page whose form has changes not yet sent, where JavaScript runs (the
 * forms work without it; this only adds the warning). Call once in a component's script (it
 * registers SvelteKit's `beforeNavigate`, which also answers the browser's `beforeunload` for
 * a reload, a closed tab or another site), then put the returned action on each edit form:
 *
 *   const unsaved = warnOnUnsavedChanges();
 *   <form method="POST" use:unsaved>
 *
 * Sending the form itself never warns: its own submission is what saves the changes. A form
 * that came back from the server with errors (`fail(400, { problems, values })`, drawn with
 * its field messages) counts as unsaved from the start: what was typed in it is not saved.
 */
import { beforeNavigate } from '$app/navigation';

const question = 'You have changes that are not saved. Leave this page and lose them?';

/** What a form holds now, to compare with what it held when the page was drawn. */
function snapshot(form: HTMLFormElement): string {
  return JSON.stringify(
    [...new FormData(form).entries()].map(([name, value]) => [
      name,
      typeof value === 'string' ? value : value.name,
    ]),
  );
}

/** A form drawn with field messages came back refused: what it holds was never saved. */
function cameBackWithErrors(form: HTMLFormElement): boolean {
  return !!form.querySelector('.govuk-error-message, .govuk-form-group--error');
}

export function warnOnUnsavedChanges(): (form: HTMLFormElement) => { destroy(): void } {
  const drawn = new Map<HTMLFormElement, string>();
  // The form being sent carries its own changes; another form's changes would still be lost.
  let sending: HTMLFormElement | null = null;
  const changed = () => [...drawn].some(([form, at]) => form !== sending && snapshot(form) !== at);

  beforeNavigate((navigation) => {
    if (!changed()) return;
    // Leaving the app (reload, close, another site): cancelling asks the browser to warn.
    if (navigation.willUnload) navigation.cancel();
    else if (!window.confirm(question)) navigation.cancel();
  });

  return (form) => {
    // A form that came back with errors is compared with nothing, so it always counts.
    drawn.set(form, cameBackWithErrors(form) ? '' : snapshot(form));
    const sent = () => {
      sending = form;
    };
    form.addEventListener('submit', sent);
    return {
      destroy() {
        form.removeEventListener('submit', sent);
        drawn.delete(form);
      },
    };
  };
}
