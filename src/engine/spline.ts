/**
 * The interpolating cubic spline of Forsythe, Malcolm & Moler ("fmm"), computed operation for
 * operation as R's stats::spline / stats::splinefun do (R's splines.c), because computed ABC limits
 * must match the reference R package bit for bit: its class limits depend on which grid point is
 * nearest, and a different spline (natural, monotone) or a different rounding moves them.
 *
 * End conditions: the third derivative at each end equals that of the cubic through the first
 * (last) four knots; with three knots the tridiagonal system is solved with zero end terms, with two
 * knots the spline is the straight line.
 */
export interface CubicSpline {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly b: Float64Array;
  readonly c: Float64Array;
  readonly d: Float64Array;
}

/** Spline coefficients through the knots (x ascending, distinct, at least two). */
export function fmmSpline(xs: ArrayLike<number>, ys: ArrayLike<number>): CubicSpline {
  const n = xs.length;
  if (n < 2 || ys.length !== n) throw new Error('fmmSpline needs at least two knots and as many y as x');
  const x = Float64Array.from(xs);
  const y = Float64Array.from(ys);
  const b = new Float64Array(n);
  const c = new Float64Array(n);
  const d = new Float64Array(n);
  if (n < 3) {
    b[0] = (y[1]! - y[0]!) / (x[1]! - x[0]!);
    b[1] = b[0]!;
    return { x, y, b, c, d };
  }
  // 0-based transcription of the 1-based original: index k here is k + 1 there.
  const last = n - 1;
  // Tridiagonal system: b = diagonal, d = off-diagonal, c = right-hand side.
  d[0] = x[1]! - x[0]!;
  c[1] = (y[1]! - y[0]!) / d[0]!;
  for (let i = 1; i < last; i++) {
    d[i] = x[i + 1]! - x[i]!;
    b[i] = 2.0 * (d[i - 1]! + d[i]!);
    c[i + 1] = (y[i + 1]! - y[i]!) / d[i]!;
    c[i] = c[i + 1]! - c[i]!;
  }
  b[0] = -d[0]!;
  b[last] = -d[last - 1]!;
  c[0] = 0.0;
  c[last] = 0.0;
  if (n > 3) {
    c[0] = c[2]! / (x[3]! - x[1]!) - c[1]! / (x[2]! - x[0]!);
    c[last] = c[last - 1]! / (x[last]! - x[last - 2]!) - c[last - 2]! / (x[last - 1]! - x[last - 3]!);
    c[0] = (c[0]! * d[0]! * d[0]!) / (x[3]! - x[0]!);
    c[last] = (-c[last]! * d[last - 1]! * d[last - 1]!) / (x[last]! - x[last - 3]!);
  }
  // Gaussian elimination, then back substitution.
  for (let i = 1; i <= last; i++) {
    const t = d[i - 1]! / b[i - 1]!;
    b[i] = b[i]! - t * d[i - 1]!;
    c[i] = c[i]! - t * c[i - 1]!;
  }
  c[last] = c[last]! / b[last]!;
  for (let i = last - 1; i >= 0; i--) c[i] = (c[i]! - d[i]! * c[i + 1]!) / b[i]!;
  // Polynomial coefficients on each interval.
  b[last] = (y[last]! - y[last - 1]!) / d[last - 1]! + d[last - 1]! * (c[last - 1]! + 2.0 * c[last]!);
  for (let i = 0; i < last; i++) {
    b[i] = (y[i + 1]! - y[i]!) / d[i]! - d[i]! * (c[i + 1]! + 2.0 * c[i]!);
    d[i] = (c[i + 1]! - c[i]!) / d[i]!;
    c[i] = 3.0 * c[i]!;
  }
  c[last] = 3.0 * c[last]!;
  d[last] = d[last - 1]!;
  return { x, y, b, c, d };
}

/**
 * Evaluates the spline (deriv 0) or its first derivative (deriv 1) at each u, keeping R's interval
 * search: the current interval is kept while u stays inside it (a u equal to the interval's right
 * knot is evaluated on that interval), otherwise it is found again by bisection.
 */
export function evalSpline(s: CubicSpline, u: ArrayLike<number>, deriv: 0 | 1 = 0): Float64Array {
  const n = s.x.length;
  const x = s.x;
  // R's splinefun(deriv = 1) evaluates the same scheme with (y, b, c, d) := (b, 2c, 3d, 0).
  const y = deriv === 0 ? s.y : s.b;
  const b = deriv === 0 ? s.b : s.c.map((v) => 2 * v);
  const c = deriv === 0 ? s.c : s.d.map((v) => 3 * v);
  const d = deriv === 0 ? s.d : new Float64Array(n);
  const out = new Float64Array(u.length);
  let i = 0;
  for (let l = 0; l < u.length; l++) {
    const ul = u[l]!;
    if (ul < x[i]! || (i < n - 1 && x[i + 1]! < ul)) {
      i = 0;
      let j = n;
      do {
        const k = (i + j) >> 1;
        if (ul < x[k]!) j = k;
        else i = k;
      } while (j > i + 1);
    }
    const dx = ul - x[i]!;
    out[l] = y[i]! + dx * (b[i]! + dx * (c[i]! + dx * d[i]!));
  }
  return out;
}
