/**
 * The emoji shortcodes that mean yes and no: check marks and crosses. The
 * emoji plugin names them "Yes" and "No" to assistive technology
 * (remark-learn-emoji.ts); task matrices read them as a checked or an
 * unchecked party (duties/task-matrix.ts).
 */
export const YES_SHORTCODES = ['heavy_check_mark', 'white_check_mark', 'ballot_box_with_check', 'check', 'check_mark', 'heavy_plus_sign'];
export const NO_SHORTCODES = ['x', 'negative_squared_cross_mark', 'heavy_multiplication_x', 'no_entry', 'no_entry_sign', 'heavy_minus_sign'];
