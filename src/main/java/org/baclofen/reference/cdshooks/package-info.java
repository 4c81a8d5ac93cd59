/**
 * The CDS Hooks service: discovery, the order-sign hook that checks a baclofen order
 * against the stored rules, and the kidney-function codes it asks EHRs for.
 */
package org.baclofen.reference.cdshooks;
