/** The Sampling lab: the sampling distribution of φ̂ over R replications against its asymptotic law (issue 23). */
package org.arlab.app.lab.sampling;
