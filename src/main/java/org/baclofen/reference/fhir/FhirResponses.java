package org.baclofen.reference.fhir;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/**
 * The FHIR answers as serialised JSON, kept per published revision and address, so a read
 * of an unchanged resource costs neither mapping nor serialising: the same revision makes
 * the ETag, so the bytes and their validator always agree.
 */
@Component
class FhirResponses {

	/**
	 * @param address what was asked for at which revision; the address names everything
	 * the answer depends on
	 * @param serialise maps and serialises the resource when it is not kept; empty when
	 * there is no such resource (not kept either)
	 */
	@Cacheable(cacheNames = "fhirResponses", key = "#address", unless = "#result == null")
	public Optional<byte[]> json(Address address, Supplier<Optional<byte[]>> serialise) {
		return serialise.get();
	}

	/**
	 * @param revision the published revision the answer is built from
	 * @param resource the resource or search asked for, as this server names it (type and
	 * id, or the search's self link)
	 */
	record Address(PublishedContent.Revision revision, String resource) {
	}

}
