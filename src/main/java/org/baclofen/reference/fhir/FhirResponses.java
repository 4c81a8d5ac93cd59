package org.baclofen.reference.fhir;

import java.util.function.Supplier;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/**
 * The FHIR answers as the bytes sent, kept per published revision and request, so a read
 * or search of unchanged content costs neither building nor serialising: the same
 * revision makes the ETag, so the bytes and their validator always agree.
 */
@Component
class FhirResponses {

	/**
	 * @param address what was asked for, at which revision and in which output
	 * @param serialise builds and writes the answer when it is not kept
	 */
	@Cacheable(cacheNames = "fhirResponses", key = "#address")
	public byte[] serialised(Address address, Supplier<byte[]> serialise) {
		return serialise.get();
	}

	/**
	 * Everything an answer depends on.
	 *
	 * @param revision the published revision it is built from
	 * @param resource the resource ({@code type/id}) or the search (its self link, which
	 * repeats every parameter given) asked for
	 * @param output how it is written (format, summary, elements)
	 */
	record Address(PublishedContent.Revision revision, String resource, FhirOutput output) {
	}

}
