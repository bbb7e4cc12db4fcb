/**
 * The arcs' vertex shader, and the same maths in TypeScript beside it. An arc is one instance:
 * its two ends in Web Mercator (arc-batch.ts) and, per vertex, how far along it the vertex is
 * (0 at the origin, 1 at the place). The shader puts each vertex on the great circle between
 * the ends, by spherical linear interpolation of their unit vectors, as domain/great-circle.ts
 * does on the CPU. The mirror (`arcPoint`) exists so tests can hold the shader's formulas
 * against `greatCirclePoints`; a change to one belongs in the other.
 */

/** Points per arc: enough for a smooth curve across a continent. */
export const ARC_POINTS = 32;

/** How far along its arc each vertex is, shared by every instance: exactly 0 and 1 at the ends. */
export const ARC_STEPS = Float32Array.from({ length: ARC_POINTS }, (_, i) => i / (ARC_POINTS - 1));

export const ARC_ATTRIBUTES = { a_t: 0, a_ends: 1, a_ends_lo: 2, a_time: 3, a_color: 4 } as const;

/**
 * The vertex shader. Its comments are here, not in the string, which ships in the bundle.
 *
 * - `latitude` and `mercatorY` convert Web Mercator y and latitude (radians), clamped where y
 *   reaches the map's edge (85.0511 degrees), as domain/mercator.ts does.
 * - `bend(t, from, to)`: how far the great circle from `from` to `to` (Web Mercator, to.x within
 *   half a world of from.x) lies off the straight line between them at t. The unit vectors are
 *   turned about the axis so the origin's longitude is 0. Their angle comes from the cross and
 *   dot products, exact for short arcs where acos of the dot loses it in float32; slerp skips
 *   its division by sin(angle), since only the direction gives latitude and longitude. Over a
 *   pole atan may answer either side of 180 degrees: the turn nearest the straight line's is
 *   kept. The same place, or its antipode, has no one great circle: a line in degrees, as on
 *   the CPU.
 * - `main`: events outside the window go off screen. Both ends are placed relative to the
 *   camera in two float32 parts, as the markers are, so an arc meets its markers at street
 *   zoom; the interpolation is written out rather than `mix()` so that t = 0 and t = 1 give
 *   exactly the ends, and the bend (small beside them) is added in between.
 */
export const ARC_VERTEX = `#version 300 es
uniform mat4 u_matrix;
uniform vec2 u_center_hi;
uniform vec2 u_center_lo;
uniform vec2 u_window;
in float a_t;
in vec4 a_ends;
in vec4 a_ends_lo;
in vec2 a_time;
in vec4 a_color;
out vec4 v_color;
const float PI = 3.141592653589793;
const float TAU = 6.283185307179586;
const float MAX_LAT = 1.4844222297453324;
float latitude(float y) {
  return 2.0 * atan(exp((0.5 - y) * TAU)) - 0.5 * PI;
}
float mercatorY(float lat) {
  return 0.5 - log(tan(0.25 * PI + 0.5 * clamp(lat, -MAX_LAT, MAX_LAT))) / TAU;
}
vec2 bend(float t, vec2 from, vec2 to) {
  float dl = (to.x - from.x) * TAU;
  float la = latitude(from.y);
  float lb = latitude(to.y);
  vec3 a = vec3(cos(la), 0.0, sin(la));
  vec3 b = vec3(cos(lb) * cos(dl), cos(lb) * sin(dl), sin(lb));
  float s = length(cross(a, b));
  float lng = t * dl;
  float lat = mix(la, lb, t);
  if (s > 1e-6) {
    float angle = atan(s, dot(a, b));
    vec3 p = sin((1.0 - t) * angle) * a + sin(t * angle) * b;
    lng = atan(p.y, p.x);
    lng += TAU * floor((t * dl - lng) / TAU + 0.5);
    lat = atan(p.z, length(p.xy));
  }
  vec2 curve = vec2(lng / TAU, mercatorY(lat) - mercatorY(la));
  vec2 chord = t * vec2(dl / TAU, mercatorY(lb) - mercatorY(la));
  return curve - chord;
}
void main() {
  v_color = a_color;
  if (a_time.x > u_window.y || a_time.y < u_window.x) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    return;
  }
  vec2 from = (a_ends.xy - u_center_hi) + (a_ends_lo.xy - u_center_lo);
  vec2 to = (a_ends.zw - u_center_hi) + (a_ends_lo.zw - u_center_lo);
  vec2 rel = from * (1.0 - a_t) + to * a_t;
  if (a_t > 0.0 && a_t < 1.0) rel += bend(a_t, a_ends.xy, a_ends.zw);
  gl_Position = u_matrix * vec4(rel, 0.0, 1.0);
}`;

const TAU = 2 * Math.PI;
const MAX_LAT = 1.4844222297453324;

/** How the mirror rounds each step: not at all (float64), or to float32 as the GPU does. */
export type Rounding = (x: number) => number;
const exact: Rounding = (x) => x;

/** The shader's `bend`, every step rounded by `r`. */
export function arcBend(t: number, from: readonly [number, number], to: readonly [number, number], r: Rounding = exact): [number, number] {
  const latitude = (y: number) => r(r(2 * r(Math.atan(r(Math.exp(r(r(0.5 - y) * TAU)))))) - 0.5 * Math.PI);
  const mercatorY = (lat: number) => r(0.5 - r(r(Math.log(r(Math.tan(r(0.25 * Math.PI + r(0.5 * Math.min(MAX_LAT, Math.max(-MAX_LAT, lat)))))))) / TAU));
  const dot = (u: readonly number[], v: readonly number[]) => r(r(r(u[0]! * v[0]!) + r(u[1]! * v[1]!)) + r(u[2]! * v[2]!));
  const dl = r(r(to[0] - from[0]) * TAU);
  const la = latitude(from[1]);
  const lb = latitude(to[1]);
  const a = [r(Math.cos(la)), 0, r(Math.sin(la))];
  const cosLb = r(Math.cos(lb));
  const b = [r(cosLb * r(Math.cos(dl))), r(cosLb * r(Math.sin(dl))), r(Math.sin(lb))];
  const cross = [r(r(a[1]! * b[2]!) - r(a[2]! * b[1]!)), r(r(a[2]! * b[0]!) - r(a[0]! * b[2]!)), r(r(a[0]! * b[1]!) - r(a[1]! * b[0]!))];
  const s = r(Math.sqrt(dot(cross, cross)));
  let lng = r(t * dl);
  let lat = r(la + r(t * r(lb - la)));
  if (s > 1e-6) {
    const angle = r(Math.atan2(s, dot(a, b)));
    const wa = r(Math.sin(r(r(1 - t) * angle)));
    const wb = r(Math.sin(r(t * angle)));
    const p = [0, 1, 2].map((k) => r(r(wa * a[k]!) + r(wb * b[k]!)));
    lng = r(Math.atan2(p[1]!, p[0]!));
    lng = r(lng + r(TAU * Math.floor(r(r(r(t * dl) - lng) / TAU) + 0.5)));
    lat = r(Math.atan2(p[2]!, r(Math.sqrt(r(r(p[0]! * p[0]!) + r(p[1]! * p[1]!))))));
  }
  const ya = mercatorY(la);
  const curve = [r(lng / TAU), r(mercatorY(lat) - ya)];
  const chord = [r(t * r(dl / TAU)), r(t * r(mercatorY(lb) - ya))];
  return [r(curve[0]! - chord[0]!), r(curve[1]! - chord[1]!)];
}

/** The shader's vertex at `t` of the arc with Web Mercator ends `from`, `to` (to.x unwrapped), without the camera. */
export function arcPoint(t: number, from: readonly [number, number], to: readonly [number, number], r: Rounding = exact): [number, number] {
  // The ends come in two float32 parts, and only the first goes into the bend, as in the shader.
  const [bx, by] = t > 0 && t < 1 ? arcBend(t, [r(from[0]), r(from[1])], [r(to[0]), r(to[1])], r) : [0, 0];
  return [from[0] * (1 - t) + to[0] * t + bx, from[1] * (1 - t) + to[1] * t + by];
}
