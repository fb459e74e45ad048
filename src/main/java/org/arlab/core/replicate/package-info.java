/**
 * The sampling distribution of φ̂ (MATH.md, "Beyond the homework"): "simulate n values, fit" repeated R times, in
 * parallel, one random stream per replication, against the asymptotic law √n(φ̂ − φ) → N(0, σ²Γ_p⁻¹).
 */
package org.arlab.core.replicate;
