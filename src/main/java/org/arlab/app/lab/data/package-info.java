/** The Data lab: generate an AR(p) series and watch it change as the sliders move. */
package org.arlab.app.lab.data;
