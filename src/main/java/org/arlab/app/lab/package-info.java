/** The labs of the navigator, one package each, and what they share. */
package org.arlab.app.lab;
