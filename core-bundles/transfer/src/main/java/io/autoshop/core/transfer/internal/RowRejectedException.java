package io.autoshop.core.transfer.internal;

/**
 * A row that the import rejects, with the reason as a message key of {@link Messages} and its arguments.
 */
final class RowRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final String key;
    final transient Object[] arguments;

    RowRejectedException(String key, Object... arguments) {
        super(Messages.format(key, false, arguments), null, false, false);
        this.key = key;
        this.arguments = arguments;
    }

    String reason(boolean chinese) {
        return Messages.format(key, chinese, arguments);
    }
}
