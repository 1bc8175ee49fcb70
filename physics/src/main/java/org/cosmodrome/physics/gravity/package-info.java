/**
 * The Earth's gravity to degree 2 (point mass and J2, EGM96 coefficient, WGS-84 GM and rotation rate) and the
 * equations of free motion in the rotating Earth-fixed frame (Coriolis and centrifugal terms).
 */
package org.cosmodrome.physics.gravity;
