/**
 * The titration tools: oral plans and tapers generated and checked against the stored
 * rules, intrathecal dose change checks, their JSON API, exports and patient handouts.
 */
package org.baclofen.reference.titration;
