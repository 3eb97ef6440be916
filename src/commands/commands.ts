// Stub ribbon commands (to be replaced). The manifest's "Classificeer" button runs the action
// "classify" (ExecuteFunction); in the shared runtime it lives in the task pane page.

function classify(event?: Office.AddinCommands.Event): void {
  // The real command runs the saved model on the selected table; event.completed() must always be
  // called, or Office shows the command as still running.
  event?.completed();
}

Office.onReady(() => {
  Office.actions.associate('classify', classify);
});
