package hu.insurer.lifeaccess.customer;

import java.time.LocalDate;

/** A customer (partner) as held by this application; the mobile number is in E.164 or absent. */
public record Customer(
        Long id,
        CustomerType customerType,
        String familyName,
        String givenName,
        String companyName,
        String birthName,
        String motherName,
        LocalDate birthDate,
        String birthPlace,
        String taxId,
        String idDocumentType,
        String idDocumentNumber,
        Address address,
        String customerCardNumber,
        String mobileNumber,
        boolean dataProcessingDeclaration) {

    public record Address(String country, String postcode, String city, String street, String houseNumber) {

        public String oneLine() {
            return String.join(" ", nonBlank(postcode), nonBlank(city) + ",", nonBlank(street), nonBlank(houseNumber)).trim();
        }

        private static String nonBlank(String value) {
            return value == null ? "" : value;
        }
    }

    public boolean isCompany() {
        return customerType == CustomerType.COMPANY;
    }

    /** The name as Hungarians write it: family name first. */
    public String displayName() {
        return isCompany() ? companyName : familyName + " " + givenName;
    }
}
