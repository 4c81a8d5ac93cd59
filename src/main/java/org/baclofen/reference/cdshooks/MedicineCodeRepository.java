package org.baclofen.reference.cdshooks;

import java.util.List;

import org.springframework.data.repository.Repository;

public interface MedicineCodeRepository extends Repository<MedicineCode, Long> {

	List<MedicineCode> findAllByOrderBySortOrderAsc();

}
