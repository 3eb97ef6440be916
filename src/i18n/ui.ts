/** Task-pane text (buttons, labels, headings). */
export const uiNl = {
  'ui.classify': 'Classificeer',
  'ui.removeResults': 'Resultaten verwijderen',
} as const;

export const uiEn: Record<keyof typeof uiNl, string> = {
  'ui.classify': 'Classify',
  'ui.removeResults': 'Remove results',
};
