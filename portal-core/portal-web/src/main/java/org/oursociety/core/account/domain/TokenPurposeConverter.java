package org.oursociety.core.account.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link TokenPurpose} as its lower-case code, which the table's check constraint knows. */
@Converter
public class TokenPurposeConverter implements AttributeConverter<TokenPurpose, String> {

    @Override
    public String convertToDatabaseColumn(TokenPurpose purpose) {
        return purpose == null ? null : purpose.code();
    }

    @Override
    public TokenPurpose convertToEntityAttribute(String code) {
        return code == null ? null : TokenPurpose.ofCode(code);
    }
}
