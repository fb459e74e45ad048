/** Random sources made from seeds, in one place. */
package org.arlab.core.random;
