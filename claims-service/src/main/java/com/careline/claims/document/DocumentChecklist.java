package com.careline.claims.document;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.careline.claims.claim.ClaimType;

/** Which of 000's documents a claim needs, by its type and whether insurance applies; and what is missing. */
public final class DocumentChecklist {

    private final Map<ClaimType, Set<DocumentType>> required;
    private final Set<DocumentType> whenInsured;

    public DocumentChecklist(Map<ClaimType, Set<DocumentType>> required, Set<DocumentType> whenInsured) {
        for (ClaimType type : ClaimType.values()) {
            if (type.isOpenedAtDesk() && (!required.containsKey(type) || required.get(type).isEmpty())) {
                throw new IllegalArgumentException("careline.claims.documents.required." + type
                        + " is missing: every claim type needs at least one document");
            }
        }
        this.required = Map.copyOf(required);
        this.whenInsured = whenInsured.isEmpty() ? EnumSet.noneOf(DocumentType.class) : EnumSet.copyOf(whenInsured);
    }

    /** From configuration; an unknown claim or document type name fails startup. */
    public static DocumentChecklist from(DocumentConfig config) {
        var required = new EnumMap<ClaimType, Set<DocumentType>>(ClaimType.class);
        config.required().forEach((type, documents) -> required.put(
                named(ClaimType.class, "careline.claims.documents.required", type), documentTypes(documents)));
        return new DocumentChecklist(required, documentTypes(config.requiredWhenInsured()));
    }

    public Set<DocumentType> requiredFor(ClaimType type, boolean insured) {
        var needed = EnumSet.noneOf(DocumentType.class);
        needed.addAll(required.getOrDefault(type, Set.of()));
        if (insured) {
            needed.addAll(whenInsured);
        }
        return needed;
    }

    /** The checklist of a claim of {@code type} given the types of its documents that were not rejected. */
    public Status status(ClaimType type, boolean insured, Collection<DocumentType> received) {
        Set<DocumentType> needed = requiredFor(type, insured);
        var have = EnumSet.noneOf(DocumentType.class);
        have.addAll(received);
        var missing = EnumSet.copyOf(needed);
        missing.removeAll(have);
        return new Status(List.copyOf(needed), List.copyOf(have), List.copyOf(missing), missing.isEmpty());
    }

    /** A claim that needs no documents (a complaint's compensation): complete with whatever it has. */
    public static Status noneRequired(Collection<DocumentType> received) {
        var have = EnumSet.noneOf(DocumentType.class);
        have.addAll(received);
        return new Status(List.of(), List.copyOf(have), List.of(), true);
    }

    public record Status(List<DocumentType> required, List<DocumentType> received, List<DocumentType> missing,
            boolean isComplete) {
    }

    private static Set<DocumentType> documentTypes(List<String> names) {
        var types = EnumSet.noneOf(DocumentType.class);
        names.forEach(name -> types.add(named(DocumentType.class, "careline.claims.documents", name)));
        return types;
    }

    private static <E extends Enum<E>> E named(Class<E> type, String key, String name) {
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": '" + name + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }
}
