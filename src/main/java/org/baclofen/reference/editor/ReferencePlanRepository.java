package org.baclofen.reference.editor;

import java.util.List;

import org.springframework.data.repository.Repository;

/** The reference plans, read only: they change by migration. */
interface ReferencePlanRepository extends Repository<ReferencePlan, Long> {

	List<ReferencePlan> findAllByOrderBySortOrderAsc();

}
