/** Time series values and their readers. */
package org.arlab.core.series;
