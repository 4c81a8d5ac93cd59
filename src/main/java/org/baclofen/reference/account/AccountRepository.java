package org.baclofen.reference.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface AccountRepository extends Repository<Account, Long> {

	Optional<Account> findByUsername(String username);

	Optional<Account> findById(Long id);

	List<Account> findAllByOrderByUsernameAsc();

	boolean existsByUsername(String username);

	long count();

	long countByRoleAndEnabledTrue(Role role);

	Account save(Account account);

}
