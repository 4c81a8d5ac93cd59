package org.baclofen.reference.guidance;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.baclofen.reference.content.ContentRepository;
import org.springframework.data.jpa.repository.EntityGraph;

public interface GuidanceNoteRepository extends ContentRepository<GuidanceNote> {

	@EntityGraph(attributePaths = "sources")
	List<GuidanceNote> findByTopicInOrderBySortOrderAscTitleAsc(Collection<GuidanceTopic> topics);

	@EntityGraph(attributePaths = "sources")
	List<GuidanceNote> findAllBy();

	@EntityGraph(attributePaths = "sources")
	Optional<GuidanceNote> findById(Long id);

	boolean existsByTopicAndTitleIgnoreCase(GuidanceTopic topic, String title);

	boolean existsByTopicAndTitleIgnoreCaseAndIdNot(GuidanceTopic topic, String title, Long id);

	/**
	 * The notes of several topics in one query, keyed by topic (topics without notes map
	 * to an empty list).
	 */
	default Map<GuidanceTopic, List<GuidanceNote>> findByTopics(List<GuidanceTopic> topics) {
		Map<GuidanceTopic, List<GuidanceNote>> byTopic = new EnumMap<>(GuidanceTopic.class);
		topics.forEach((topic) -> byTopic.put(topic, List.of()));
		byTopic.putAll(findByTopicInOrderBySortOrderAscTitleAsc(topics).stream()
			.collect(Collectors.groupingBy(GuidanceNote::getTopic)));
		return byTopic;
	}

}
