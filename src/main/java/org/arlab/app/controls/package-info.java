/** Controls shared by the labs: a labelled slider with a typed value, a seed field. */
package org.arlab.app.controls;
