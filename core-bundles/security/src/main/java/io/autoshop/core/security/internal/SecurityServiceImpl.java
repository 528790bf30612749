package io.autoshop.core.security.internal;

import io.autoshop.api.ConflictException;
import io.autoshop.api.FieldErrors;
import io.autoshop.api.NotFoundException;
import io.autoshop.api.Page;
import io.autoshop.api.PageRequest;
import io.autoshop.api.StaleVersionException;
import io.autoshop.api.ValidationException;
import io.autoshop.api.security.AuditLog;
import io.autoshop.api.security.Caller;
import io.autoshop.api.security.UserRole;
import io.autoshop.api.staff.EmployeeService;
import io.autoshop.core.persistence.ShopClock;
import io.autoshop.core.persistence.Transactions;
import io.autoshop.core.security.AuthenticationException;
import io.autoshop.core.security.Authenticator;
import io.autoshop.core.security.CurrentUser;
import io.autoshop.core.security.LoginResult;
import io.autoshop.core.security.RoleAdministration;
import io.autoshop.core.security.UserAccount;
import io.autoshop.core.security.UserAdministration;
import io.autoshop.core.security.UserInput;
import io.autoshop.core.security.UserUpdate;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.persistence.EntityManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * User accounts, login and bearer tokens. Passwords are stored as PBKDF2 hashes, tokens as their SHA-256 only.
 * A token is revoked on logout, and all tokens of a user when the password changes or is reset, when the user is
 * disabled and when the role changes. On first start, with no user stored, it creates {@code admin} with role
 * OWNER (see {@link AdminPassword}).
 */
@Component(service = { Authenticator.class, UserAdministration.class }, configurationPid = "io.autoshop.security")
@Designate(ocd = SecurityConfig.class)
public final class SecurityServiceImpl implements Authenticator, UserAdministration {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityServiceImpl.class);

    static final String ADMIN_USERNAME = "admin";
    static final String INVALID_LOGIN = "Invalid username or password";
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,40}");

    private final Transactions transactions;
    private final ShopClock clock;
    private final RoleAdministration roles;
    private final EmployeeService employees;
    private final SecureRandom random = new SecureRandom();
    private final Tokens tokens = new Tokens(random);
    private final LoginThrottle throttle;
    private volatile PasswordHasher hasher;
    private volatile Duration tokenLifetime;
    private volatile AuditLog auditLog;

    @Activate
    public SecurityServiceImpl(
            @Reference(target = "(autoshop.persistence.owners=" + SecurityEntities.OWNER + ")")
            Transactions transactions,
            @Reference ShopClock clock, @Reference RoleAdministration roles, @Reference EmployeeService employees,
            SecurityConfig config) {
        this.transactions = transactions;
        this.clock = clock;
        this.roles = roles;
        this.employees = employees;
        this.throttle = new LoginThrottle(limits(config), () -> clock.now().toEpochMilli());
        configure(config);
        createAdminOnFirstStart(dataFolder());
        LOG.info("Security service started: tokens live {} s, PBKDF2 with {} iterations", tokenLifetime.toSeconds(),
                hasher.iterations());
    }

    @Modified
    void modified(SecurityConfig config) {
        throttle.setLimits(limits(config));
        configure(config);
        LOG.info("Security settings changed: tokens live {} s, throttle {}", tokenLifetime.toSeconds(), limits(config));
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setAuditLog(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    void unsetAuditLog(AuditLog auditLog) {
        if (this.auditLog == auditLog) {
            this.auditLog = null;
        }
    }

    private void configure(SecurityConfig config) {
        PasswordHasher current = hasher;
        int iterations = Math.max(1, config.passwordIterations());
        if (current == null || current.iterations() != iterations) {
            hasher = new PasswordHasher(random, iterations);
        }
        tokenLifetime = Duration.ofSeconds(Math.max(1, config.tokenLifetimeSeconds()));
    }

    private static LoginThrottle.Limits limits(SecurityConfig config) {
        return new LoginThrottle.Limits(config.maxFailedLoginsPerUsername(), config.maxFailedLoginsPerAddress(),
                Duration.ofSeconds(Math.max(1, config.throttleWindowSeconds())));
    }

    // ---- authentication

    @Override
    public Optional<Caller> authenticate(String token) {
        if (!Tokens.isWellFormed(token)) {
            return Optional.empty();
        }
        String digest = Tokens.digest(token);
        long now = clock.now().toEpochMilli();
        return transactions.required(em -> {
            Optional<TokenEntity> stored = findToken(em, digest);
            if (stored.isEmpty() || stored.get().expiresAt <= now) {
                return Optional.empty();
            }
            UserEntity user = em.find(UserEntity.class, stored.get().userId);
            if (user == null || user.disabled) {
                return Optional.empty();
            }
            UserRole role = role(user);
            return Optional.of(new Caller(user.id, user.username, role, user.employeeId, roles.permissionsOf(role)));
        });
    }

    @Override
    public LoginResult login(String username, String password, String clientAddress) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            // No account has such a name; one key for all of them keeps the throttle's memory and the log small.
            name = "(invalid username)";
        }
        throttle.check(name, clientAddress);

        String key = name;
        Optional<UserEntity> user = transactions.required(em -> findUser(em, key));
        String candidate = password == null ? "" : password;
        // Unknown usernames are checked against a decoy hash, so that they take as long as a wrong password.
        boolean matches = user.isPresent() ? hasher.verify(candidate, user.get().password())
                : hasher.verifyDecoy(candidate);
        if (!matches || user.get().disabled) {
            throttle.recordFailure(name, clientAddress);
            LOG.info("Login failed for username '{}' from {}", name, clientAddress);
            throw new AuthenticationException(INVALID_LOGIN);
        }

        throttle.recordSuccess(name);
        LoginResult result = transactions.required(em -> issueToken(em, user.get()));
        LOG.info("User {} '{}' logged in from {}", user.get().id, name, clientAddress);
        return result;
    }

    @Override
    public void logout(String token) {
        if (!Tokens.isWellFormed(token)) {
            return;
        }
        String digest = Tokens.digest(token);
        int removed = transactions.required(em -> em.createQuery("DELETE FROM AuthToken t WHERE t.tokenHash = :hash")
                .setParameter("hash", digest).executeUpdate());
        LOG.debug("Logout revoked {} tokens", removed);
    }

    @Override
    public CurrentUser currentUser(Caller caller) {
        return transactions.required(em -> {
            UserEntity user = em.find(UserEntity.class, caller.userId());
            if (user == null) {
                throw NotFoundException.of("User", caller.userId());
            }
            return toCurrentUser(user);
        });
    }

    @Override
    public LoginResult changePassword(Caller caller, String currentPassword, String newPassword,
            String clientAddress) {
        throttle.check(caller.username(), clientAddress);
        FieldErrors errors = new FieldErrors();
        errors.require("currentPassword", currentPassword);
        checkPassword(errors, "newPassword", newPassword);
        errors.throwIfAny();

        UserEntity stored = transactions.required(em -> em.find(UserEntity.class, caller.userId()));
        if (stored == null) {
            throw NotFoundException.of("User", caller.userId());
        }
        if (!hasher.verify(currentPassword, stored.password())) {
            throttle.recordFailure(caller.username(), clientAddress);
            throw new ValidationException("currentPassword", "is incorrect");
        }
        PasswordHash hash = hasher.hash(newPassword);

        LoginResult result = transactions.required(em -> {
            UserEntity user = em.find(UserEntity.class, caller.userId());
            user.setPassword(hash);
            int revoked = revokeTokens(em, user.id);
            audit("password-change", user.id, Map.of(), Map.of("username", user.username, "tokensRevoked", revoked));
            return issueToken(em, user);
        });
        LOG.info("User {} '{}' changed their password; all their previous tokens are revoked", caller.userId(),
                caller.username());
        return result;
    }

    // ---- administration

    @Override
    public UserAccount createUser(UserInput input) {
        FieldErrors errors = new FieldErrors();
        String username = checkUsername(errors, input.username());
        checkPassword(errors, "password", input.password());
        checkEmployee(errors, input.role(), input.employeeId());
        errors.throwIfAny();
        PasswordHash hash = hasher.hash(input.password());

        UserAccount created = transactions.required(em -> {
            if (findUser(em, username).isPresent()) {
                throw new ConflictException("Username '" + username + "' is already taken");
            }
            UserEntity user = insertUser(em, username, hash, input.role(), input.employeeId());
            audit("create", user.id, Map.of(), describe(user));
            return toAccount(user);
        });
        LOG.info("Created user {} '{}' with role {}", created.id(), created.username(), created.role());
        return created;
    }

    @Override
    public Page<UserAccount> listUsers(PageRequest page) {
        return transactions.required(em -> {
            List<UserAccount> items = em.createQuery("SELECT u FROM UserAccount u ORDER BY u.id", UserEntity.class)
                    .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                    .map(this::toAccount).toList();
            long total = em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult();
            return new Page<>(items, total, page.limit(), page.offset());
        });
    }

    @Override
    public UserAccount getUser(long id) {
        return transactions.required(em -> toAccount(requireUser(em, id)));
    }

    @Override
    public UserAccount updateUser(long id, UserUpdate update, Long expectedVersion) {
        FieldErrors errors = new FieldErrors();
        if (update.password() != null) {
            checkPassword(errors, "password", update.password());
        }
        errors.throwIfAny();
        PasswordHash hash = update.password() == null ? null : hasher.hash(update.password());

        UserAccount updated = transactions.required(em -> {
            UserEntity user = requireUser(em, id);
            if (expectedVersion != null && expectedVersion != user.version) {
                throw StaleVersionException.of("User", id, expectedVersion, user.version);
            }
            UserRole newRole = update.role() == null ? role(user) : update.role();
            Long newEmployee = update.employeeId() == null ? user.employeeId : update.employeeId();
            boolean newDisabled = update.disabled() == null ? user.disabled : update.disabled();
            FieldErrors employeeErrors = new FieldErrors();
            checkEmployee(employeeErrors, newRole, newEmployee);
            employeeErrors.throwIfAny();
            requireAnotherOwner(em, user, newRole, newDisabled);

            Map<String, Object> before = describe(user);
            boolean roleChanged = newRole != role(user);
            boolean disabling = newDisabled && !user.disabled;
            user.role = newRole == null ? null : newRole.name();
            user.employeeId = newEmployee;
            user.disabled = newDisabled;
            if (hash != null) {
                user.setPassword(hash);
            }
            em.flush();
            if (roleChanged || disabling || hash != null) {
                revokeTokens(em, user.id);
            }
            recordUpdate(user, before, hash != null, disabling);
            return toAccount(user);
        });
        LOG.info("Updated user {} '{}': role {}, employee {}, disabled {}, password reset {}", id, updated.username(),
                updated.role(), updated.employeeId(), updated.disabled(), update.password() != null);
        return updated;
    }

    private void recordUpdate(UserEntity user, Map<String, Object> before, boolean passwordReset, boolean disabling) {
        Map<String, Object> after = describe(user);
        if (!after.equals(before)) {
            audit(disabling ? "disable" : "update", user.id, before, after);
        }
        if (passwordReset) {
            audit("password-reset", user.id, Map.of(), Map.of("username", user.username));
        }
    }

    /**
     * Rejects a change that would leave no enabled owner, because nobody could then administer users or roles.
     */
    private static void requireAnotherOwner(EntityManager em, UserEntity user, UserRole newRole, boolean disabled) {
        boolean isEnabledOwner = UserRole.OWNER.name().equals(user.role) && !user.disabled;
        boolean staysEnabledOwner = newRole == UserRole.OWNER && !disabled;
        if (!isEnabledOwner || staysEnabledOwner) {
            return;
        }
        long others = em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.role = :role AND u.disabled = FALSE"
                + " AND u.id <> :id", Long.class).setParameter("role", UserRole.OWNER.name())
                .setParameter("id", user.id).getSingleResult();
        if (others == 0) {
            throw new ConflictException("User " + user.id + " is the last enabled OWNER and must stay one");
        }
    }

    // ---- first start

    private void createAdminOnFirstStart(Path dataFolder) {
        try {
            long users = transactions.required(em -> em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class)
                    .getSingleResult());
            if (users > 0) {
                return;
            }
            AdminPassword.Choice choice = AdminPassword.choose(System::getenv,
                    dataFolder.resolve(AdminPassword.FILE), random);
            PasswordHash hash = hasher.hash(choice.password());
            long id = transactions.required(em -> insertUser(em, ADMIN_USERNAME, hash, UserRole.OWNER, null).id);
            if (choice.source().startsWith("random")) {
                // Logged once on purpose: without it an administrator who cannot read the file could not log in.
                LOG.warn("Created user {} '{}' with role OWNER and password '{}' ({}); change it after the first "
                        + "login and delete the file", id, ADMIN_USERNAME, choice.password(), choice.source());
            } else {
                LOG.info("Created user {} '{}' with role OWNER and the password from the {}", id, ADMIN_USERNAME,
                        choice.source());
            }
        } catch (ConflictException e) {
            LOG.warn("Creating the first user '{}' failed, another node probably created it: {}", ADMIN_USERNAME,
                    e.getMessage());
        } catch (IOException e) {
            LOG.error("Creating the first user '{}' failed: the password file below {} could not be written",
                    ADMIN_USERNAME, dataFolder, e);
        }
    }

    private static Path dataFolder() {
        return Path.of(System.getProperty("karaf.data", "data"));
    }

    // ---- helpers

    private LoginResult issueToken(EntityManager em, UserEntity user) {
        long now = clock.now().toEpochMilli();
        em.createQuery("DELETE FROM AuthToken t WHERE t.expiresAt <= :now").setParameter("now", now).executeUpdate();
        String token = tokens.newToken();
        TokenEntity entity = new TokenEntity();
        entity.tokenHash = Tokens.digest(token);
        entity.userId = user.id;
        entity.createdAt = now;
        entity.expiresAt = now + tokenLifetime.toMillis();
        em.persist(entity);
        em.flush();
        return new LoginResult(token, clock.toShopTime(entity.expiresAt), toCurrentUser(user));
    }

    private static int revokeTokens(EntityManager em, long userId) {
        return em.createQuery("DELETE FROM AuthToken t WHERE t.userId = :user").setParameter("user", userId)
                .executeUpdate();
    }

    private UserEntity insertUser(EntityManager em, String username, PasswordHash hash, UserRole role,
            Long employeeId) {
        UserEntity user = new UserEntity();
        user.username = username;
        user.setPassword(hash);
        user.role = role == null ? null : role.name();
        user.employeeId = employeeId;
        user.disabled = false;
        user.createdAt = clock.now().toEpochMilli();
        em.persist(user);
        em.flush();
        return user;
    }

    private static Optional<TokenEntity> findToken(EntityManager em, String digest) {
        return em.createQuery("SELECT t FROM AuthToken t WHERE t.tokenHash = :hash", TokenEntity.class)
                .setParameter("hash", digest).getResultList().stream().findFirst();
    }

    private static Optional<UserEntity> findUser(EntityManager em, String username) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :name", UserEntity.class)
                .setParameter("name", username).getResultList().stream().findFirst();
    }

    private static UserEntity requireUser(EntityManager em, long id) {
        UserEntity user = em.find(UserEntity.class, id);
        if (user == null) {
            throw NotFoundException.of("User", id);
        }
        return user;
    }

    private static String checkUsername(FieldErrors errors, String username) {
        String name = errors.require("username", username);
        if (name == null) {
            return null;
        }
        String normalised = name.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(normalised).matches()) {
            errors.add("username", "must be 3 to 40 letters, digits, dots, dashes or underscores");
        }
        return normalised;
    }

    static void checkPassword(FieldErrors errors, String field, String password) {
        if (password == null) {
            errors.add(field, "is required");
        } else if (password.length() < PasswordHasher.MIN_LENGTH) {
            errors.add(field, "must have at least " + PasswordHasher.MIN_LENGTH + " characters");
        } else if (password.length() > PasswordHasher.MAX_LENGTH) {
            errors.add(field, "must have at most " + PasswordHasher.MAX_LENGTH + " characters");
        }
    }

    private void checkEmployee(FieldErrors errors, UserRole role, Long employeeId) {
        if (employeeId == null) {
            if (role == UserRole.TECHNICIAN) {
                errors.add("employeeId", "is required for a TECHNICIAN user: name the technician's employee record");
            }
            return;
        }
        if (employees.findEmployee(employeeId).isEmpty()) {
            errors.add("employeeId", "names no employee: " + employeeId);
        }
    }

    private void audit(String action, long userId, Map<String, ?> before, Map<String, ?> after) {
        AuditLog audit = auditLog;
        if (audit != null) {
            audit.record("user", userId, action, before, after);
        }
    }

    /** Returns the audited values of a user, without anything derived from the password. */
    private static Map<String, Object> describe(UserEntity user) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("username", user.username);
        values.put("role", user.role == null ? "" : user.role);
        values.put("employeeId", user.employeeId == null ? "" : user.employeeId);
        values.put("disabled", user.disabled);
        return values;
    }

    private static UserRole role(UserEntity user) {
        return user.role == null ? null : UserRole.valueOf(user.role);
    }

    private CurrentUser toCurrentUser(UserEntity user) {
        UserRole role = user.disabled ? null : role(user);
        return new CurrentUser(user.id, user.username, role(user), user.employeeId,
                List.copyOf(new TreeSet<>(roles.permissionsOf(role))));
    }

    private UserAccount toAccount(UserEntity user) {
        return new UserAccount(user.id, user.username, role(user), user.employeeId, user.disabled, user.version,
                clock.toShopTime(user.createdAt));
    }
}
