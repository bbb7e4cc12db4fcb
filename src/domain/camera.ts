/** Where the map looks: what a shared link restores and what the map reports after a move. */
export interface Camera {
  /** [lon, lat] */
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}
