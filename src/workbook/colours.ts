/**
 * Fill colour of a class cell: the first class green, the last red, the ones between along the hue
 * circle (yellow, orange), light enough that black text stays readable.
 */
export function classColour(classIndex: number, classCount: number): string {
  const position = classCount <= 1 ? 0 : Math.min(1, Math.max(0, classIndex / (classCount - 1)));
  return hslToHex(120 * (1 - position), 0.65, 0.78);
}

function hslToHex(hue: number, saturation: number, lightness: number): string {
  const a = saturation * Math.min(lightness, 1 - lightness);
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    const v = lightness - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(v * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`.toUpperCase();
}
