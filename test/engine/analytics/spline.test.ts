import { evalSpline, fmmSpline } from '../../../src/engine';

/**
 * The Forsythe–Malcolm–Moler spline matches the third derivative at each end to the cubic through
 * the four end knots, so it reproduces any cubic polynomial exactly (up to rounding): a check on the
 * transcription that needs no reference numbers.
 */
describe('fmm spline (as R computes it)', () => {
  const f = (x: number) => x ** 3 - 2 * x ** 2 + 3;
  const df = (x: number) => 3 * x ** 2 - 4 * x;

  it('reproduces a cubic and its derivative from uneven knots', () => {
    const knots = [0, 0.3, 0.5, 1.1, 1.6, 2, 3.2];
    const spline = fmmSpline(knots, knots.map(f));
    const at = [0, 0.1, 0.45, 0.77, 1.1, 1.9, 2.5, 3.2];
    const values = evalSpline(spline, at);
    const slopes = evalSpline(spline, at, 1);
    at.forEach((x, i) => {
      expect(values[i]).toBeCloseTo(f(x), 10);
      expect(slopes[i]).toBeCloseTo(df(x), 9);
    });
  });

  it('passes through every knot', () => {
    const xs = [0, 0.25, 0.5, 0.75, 1];
    const ys = [0, 0.6, 0.8, 0.95, 1];
    expect(Array.from(evalSpline(fmmSpline(xs, ys), xs))).toEqual(ys.map((y) => expect.closeTo(y, 14)));
  });

  it('is the straight line through two knots', () => {
    const spline = fmmSpline([0, 1], [0, 1]);
    expect(Array.from(evalSpline(spline, [0, 0.25, 1]))).toEqual([0, 0.25, 1]);
    expect(Array.from(evalSpline(spline, [0, 0.5, 1], 1))).toEqual([1, 1, 1]);
  });

  it('evaluates the same whether the points come in order or not (the interval search resets)', () => {
    const knots = [0, 1, 2, 3, 4];
    const spline = fmmSpline(knots, [0, 1, 0, 1, 0]);
    const forward = evalSpline(spline, [0.5, 1.5, 2.5, 3.5]);
    const backward = evalSpline(spline, [3.5, 2.5, 1.5, 0.5]);
    expect(Array.from(backward).reverse()).toEqual(Array.from(forward));
  });

  it('refuses fewer than two knots', () => {
    expect(() => fmmSpline([1], [1])).toThrow();
  });
});
