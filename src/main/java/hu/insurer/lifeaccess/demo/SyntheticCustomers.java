package hu.insurer.lifeaccess.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

import hu.insurer.lifeaccess.customer.Contract;
import hu.insurer.lifeaccess.customer.ContractStatus;
import hu.insurer.lifeaccess.customer.Customer;
import hu.insurer.lifeaccess.customer.CustomerPortfolio;
import hu.insurer.lifeaccess.customer.CustomerType;
import hu.insurer.lifeaccess.customer.DocumentType;
import hu.insurer.lifeaccess.customer.ProductGroup;
import hu.insurer.lifeaccess.customer.TaxIds;
import hu.insurer.lifeaccess.portalaccess.PortalScope;

/**
 * Realistic synthetic customers for load and search tests: Hungarian names weighted roughly by their frequency (so
 * namesakes occur as in life), mothers' names, birth dates 1935–2005 with matching tax ids, real cities with their
 * postcodes, mobile numbers (about 5 % missing), identity documents, about 3 % companies, and one to three contracts
 * each of every product group, some of them cancelled, plus portal accounts.
 *
 * <p>The same seed and first index give the same customers. Customer {@code i} has the card number
 * {@link #cardNumber(long) 2xxxxxxxx} and contract numbers built from {@code i}, so these never collide with the
 * demo data or with another run that continues at a later index.
 */
public final class SyntheticCustomers {

    private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1935, 1, 1);
    private static final LocalDate LAST_BIRTH_DATE = LocalDate.of(2005, 12, 31);
    private static final LocalDate FIRST_RISK_START = LocalDate.of(1995, 1, 1);
    private static final LocalDate LAST_RISK_START = LocalDate.of(2025, 6, 30);
    private static final long MAX_INDEX = 99_999_999;
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private static final Weighted<String> FAMILY_NAMES = Weighted.parse("""
            Nagy 240, Kovács 220, Tóth 215, Szabó 210, Horváth 190, Varga 125, Kiss 115, Molnár 90, Németh 90,
            Farkas 85, Balogh 85, Papp 70, Takács 60, Juhász 60, Lakatos 55, Mészáros 50, Oláh 50, Simon 48, Rácz 45,
            Fekete 45, Szilágyi 42, Török 40, Fehér 40, Balázs 38, Gál 37, Kis 36, Szűcs 36, Kocsis 35, Orsós 33,
            Pintér 33, Fodor 32, Szalai 31, Sipos 30, Magyar 30, Lukács 29, Gulyás 29, Bíró 28, Király 28, Katona 26,
            László 26, Jakab 26, Bogdán 25, Sándor 24, Boros 24, Fazekas 24, Kelemen 23, Antal 23, Orosz 23,
            Somogyi 22, Fülöp 22, Veres 22, Budai 21, Vincze 21, Hegedűs 21, Deák 20, Bálint 20, Illés 19, Pál 19,
            Vass 18, Szőke 18, Fábián 18, Vörös 18, Lengyel 17, Bognár 17, Bodnár 17, Jónás 16, Hajdú 16, Halász 16,
            Máté 16, Székely 15, Kozma 15, Pásztor 15, Bakos 15, Dudás 15, Major 14, Virág 14, Hegyi 14, Orbán 14,
            Győri 13, Barta 13, Sárközi 13, Ács 12, Dobos 12, Erdős 11, Ördög 4, Ősz 4, Üveges 3, Dorottya 2""");

    private static final Weighted<String> MALE_NAMES = Weighted.parse("""
            László 30, István 30, József 28, János 27, Zoltán 25, Sándor 22, Gábor 22, Ferenc 21, Attila 20,
            Péter 20, Tamás 18, Zsolt 17, Tibor 15, András 15, Csaba 14, Imre 12, Lajos 12, György 12, Balázs 11,
            Mihály 10, Dániel 9, Róbert 8, Béla 8, Károly 8, Ádám 8, Bence 8, Máté 7, Dávid 7, Levente 6, Norbert 6,
            Gergely 6, Krisztián 6, Miklós 6, Árpád 5, Ákos 5, Szabolcs 5, Endre 4, Géza 4, Márton 4, Kristóf 4,
            Jenő 3, Győző 3, Ödön 2, Ernő 2, Dezső 2, Kálmán 2, Zsigmond 2, Lőrinc 1, Örs 1""");

    private static final Weighted<String> FEMALE_NAMES = Weighted.parse("""
            Mária 30, Erzsébet 25, Katalin 22, Éva 20, Ilona 18, Anna 18, Zsuzsanna 17, Margit 14, Judit 13,
            Ágnes 12, Andrea 12, Erika 11, Krisztina 11, Julianna 10, Ildikó 10, Irén 8, Magdolna 8, Mónika 8,
            Gabriella 8, Szilvia 8, Edit 7, Anita 7, Eszter 7, Viktória 6, Tímea 6, Nikoletta 6, Beáta 5, Rozália 5,
            Piroska 5, Enikő 5, Csilla 5, Tünde 5, Dóra 5, Júlia 5, Gizella 4, Hajnalka 4, Orsolya 4, Réka 4,
            Noémi 4, Zsófia 4, Veronika 4, Boglárka 3, Kinga 3, Bernadett 3, Lilla 3, Petra 3, Fanni 3, Emőke 2,
            Borbála 2, Jázmin 2""");

    /** Cities with their first postcode, how many postcodes follow it, and a weight roughly by population. */
    private static final Weighted<City> CITIES = new Weighted<>(Arrays.stream("""
            Debrecen 4024 9 20, Szeged 6720 10 16, Miskolc 3525 11 15, Pécs 7621 16 14, Győr 9021 10 13,
            Nyíregyháza 4400 6 11, Kecskemét 6000 9 11, Székesfehérvár 8000 20 10, Szombathely 9700 1 8,
            Szolnok 5000 9 7, Érd 2030 1 7, Tatabánya 2800 1 6, Kaposvár 7400 1 6, Sopron 9400 1 6, Veszprém 8200 1 6,
            Békéscsaba 5600 1 6, Zalaegerszeg 8900 1 6, Eger 3300 1 5, Nagykanizsa 8800 1 5, Dunaújváros 2400 1 4,
            Hódmezővásárhely 6800 1 4, Cegléd 2700 1 4, Baja 6500 1 4, Salgótarján 3100 1 4, Szekszárd 7100 1 3,
            Vác 2600 1 3, Gödöllő 2100 1 3, Ózd 3600 1 3, Szentendre 2000 1 3, Budaörs 2040 1 3, Esztergom 2500 1 3,
            Gyöngyös 3200 1 3, Mosonmagyaróvár 9200 1 3, Hatvan 3000 1 2, Siófok 8600 1 2, Keszthely 8360 1 2,
            Kiskunfélegyháza 6100 1 2, Jászberény 5100 1 2, Orosháza 5900 1 2, Pápa 8500 1 2, Kazincbarcika 3700 1 2,
            Mohács 7700 1 1, Balassagyarmat 2660 1 1, Őrbottyán 2162 1 1, Üllő 2225 1 1, Törökbálint 2045 1 1,
            Tököl 2316 1 1""".split(",")).map(String::strip).map(City::parse).toList(), City::weight);

    private static final int BUDAPEST_WEIGHT = 175;
    private static final int BUDAPEST_DISTRICTS = 23;

    private static final List<String> STREETS = List.of("Petőfi Sándor utca", "Kossuth Lajos utca", "Rákóczi út",
            "Ady Endre utca", "Jókai Mór utca", "Dózsa György út", "Széchenyi István tér", "Arany János utca",
            "Béke utca", "Fő utca", "Vörösmarty utca", "Bartók Béla út", "Hunyadi János utca", "Deák Ferenc tér",
            "Szent István körút", "Bem József utca", "Kölcsey Ferenc utca", "Táncsics Mihály utca", "Váci út",
            "Árpád fejedelem útja", "Mátyás király utca", "Tavasz utca", "Rózsa utca", "Liget utca", "Kert utca",
            "Zrínyi Miklós utca", "Erkel Ferenc utca", "Határ út", "Öreg utca", "Újtelep utca", "Szőlőhegy utca",
            "Gyöngyvirág utca", "Ibolya utca", "Munkácsy Mihály utca", "Móricz Zsigmond körtér", "Üllői út");

    private static final List<String> COMPANY_REGIONS = List.of("Duna", "Tisza", "Balaton", "Mátra", "Alföld",
            "Bakony", "Hungária", "Pannon", "Zemplén", "Őrség", "Körös", "Rábaköz");
    private static final List<String> COMPANY_TRADES = List.of("Kereskedelmi", "Építőipari", "Szállítmányozási",
            "Mezőgazdasági", "Informatikai", "Vendéglátó", "Szolgáltató", "Ingatlanforgalmazó", "Fuvarozó");
    private static final List<String> COMPANY_FORMS = List.of("Kft.", "Bt.", "Zrt.");
    private static final List<String> MOBILE_AREAS = List.of("20", "30", "70");
    private static final List<String> TRAVEL_AREAS = List.of("Európa", "Világ", "Magyarország");

    private static final Weighted<Product> PERSON_PRODUCTS = new Weighted<>(List.of(
            new Product("ULA", "Életprogram", ProductGroup.LIFE_PROGRAM, 18, "AHEV"),
            new Product("KLA", "Klasszikus életbiztosítás", ProductGroup.CLASSIC, 10, "AHEV"),
            new Product("GFB", "Kötelező gépjármű-felelősségbiztosítás", ProductGroup.MOTOR, 25, "GFB"),
            new Product("CASCO", "Casco", ProductGroup.MOTOR, 10, "GFB"),
            new Product("OTT", "Otthonbiztosítás", ProductGroup.HOME, 25, "OTT"),
            new Product("UTA", "Utasbiztosítás", ProductGroup.TRAVEL, 12, "UTA")), Product::weight);
    private static final Weighted<Product> COMPANY_PRODUCTS = new Weighted<>(List.of(
            new Product("KLA", "Klasszikus életbiztosítás", ProductGroup.CLASSIC, 5, "AHEV"),
            new Product("GFB", "Kötelező gépjármű-felelősségbiztosítás", ProductGroup.MOTOR, 40, "GFB"),
            new Product("CASCO", "Casco", ProductGroup.MOTOR, 20, "GFB"),
            new Product("OTT", "Vállalati vagyonbiztosítás", ProductGroup.HOME, 25, "OTT"),
            new Product("UTA", "Utasbiztosítás", ProductGroup.TRAVEL, 10, "UTA")), Product::weight);
    private static final Weighted<ContractStatus> STATUSES = new Weighted<>(List.of(ContractStatus.ACTIVE,
            ContractStatus.CANCELLED, ContractStatus.LAPSED, ContractStatus.EXPIRED),
            status -> switch (status) {
                case ACTIVE -> 80;
                case CANCELLED -> 12;
                case LAPSED, EXPIRED -> 4;
            });

    private final Random random;
    private long nextIndex;

    /** @param firstIndex the index of the first customer; the next run may continue where this one stopped */
    public SyntheticCustomers(long seed, long firstIndex) {
        if (firstIndex < 0 || firstIndex > MAX_INDEX) {
            throw new IllegalArgumentException("The first index must be between 0 and " + MAX_INDEX);
        }
        // The first index is part of the seed: a run that continues at a later index must not repeat the first.
        this.random = new Random(seed * 1_000_003L + firstIndex);
        this.nextIndex = firstIndex;
    }

    /** The card number of the customer with this index: 2 and eight digits. */
    public static String cardNumber(long index) {
        return String.format("2%08d", index);
    }

    public List<CustomerPortfolio> next(int count) {
        List<CustomerPortfolio> customers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            customers.add(next());
        }
        return customers;
    }

    public CustomerPortfolio next() {
        if (nextIndex > MAX_INDEX) {
            throw new IllegalStateException("No more card numbers of the form 2xxxxxxxx");
        }
        long index = nextIndex++;
        boolean company = chance(3);
        Customer.Address address = address();
        Customer customer = company ? company(index, address) : person(index, address);
        List<Contract> contracts = contracts(index, company, address);
        return new CustomerPortfolio(customer, contracts, company ? List.of() : portalScopes(contracts));
    }

    private Customer person(long index, Customer.Address address) {
        boolean female = random.nextBoolean();
        String family = FAMILY_NAMES.pick(random);
        String given = givenName(female);
        String birthName = female && chance(35) ? FAMILY_NAMES.pick(random) + " " + given : family + " " + given;
        LocalDate birthDate = between(FIRST_BIRTH_DATE, LAST_BIRTH_DATE);
        DocumentType documentType = documentType();
        return new Customer(null, CustomerType.PERSON, family, given, null, birthName,
                FAMILY_NAMES.pick(random) + " " + givenName(true), birthDate, CITIES.pick(random).name(),
                taxId(birthDate), documentType.name(), documentNumber(documentType), address,
                cardNumber(index), chance(95) ? mobileNumber() : null, chance(85));
    }

    private Customer company(long index, Customer.Address address) {
        String name = switch (random.nextInt(3)) {
            case 0 -> FAMILY_NAMES.pick(random) + " és Társa " + pick(COMPANY_FORMS);
            case 1 -> FAMILY_NAMES.pick(random) + " és Fia " + pick(COMPANY_FORMS);
            default -> pick(COMPANY_REGIONS) + " " + pick(COMPANY_TRADES) + " " + pick(COMPANY_FORMS);
        };
        return new Customer(null, CustomerType.COMPANY, null, null, name, null, null, null, null, null, null,
                null, address, cardNumber(index), chance(95) ? mobileNumber() : null, chance(85));
    }

    private String givenName(boolean female) {
        Weighted<String> names = female ? FEMALE_NAMES : MALE_NAMES;
        String given = names.pick(random);
        if (chance(10)) {
            String second = names.pick(random);
            return second.equals(given) ? given : given + " " + second;
        }
        return given;
    }

    private DocumentType documentType() {
        int roll = random.nextInt(100);
        return roll < 70 ? DocumentType.ID_CARD : roll < 85 ? DocumentType.PASSPORT : DocumentType.DRIVING_LICENCE;
    }

    private String documentNumber(DocumentType type) {
        return switch (type) {
            case ID_CARD -> digits(6) + letters(2);
            case PASSPORT -> letters(2) + digits(7);
            case DRIVING_LICENCE -> letters(2) + digits(6);
        };
    }

    private String taxId(LocalDate birthDate) {
        Optional<String> taxId;
        do {
            taxId = TaxIds.of(birthDate, random.nextInt(1000));
        } while (taxId.isEmpty());
        return taxId.get();
    }

    private String mobileNumber() {
        return "+36" + pick(MOBILE_AREAS) + (1 + random.nextInt(9)) + digits(6);
    }

    private Customer.Address address() {
        String postcode;
        String city;
        if (random.nextInt(BUDAPEST_WEIGHT + CITIES.totalWeight()) < BUDAPEST_WEIGHT) {
            city = "Budapest";
            postcode = String.format("1%02d%d", 1 + random.nextInt(BUDAPEST_DISTRICTS), 1 + random.nextInt(9));
        } else {
            City picked = CITIES.pick(random);
            city = picked.name();
            postcode = String.valueOf(picked.firstPostcode() + random.nextInt(picked.postcodes()));
        }
        String house = (1 + random.nextInt(150)) + ".";
        if (chance(30)) {
            house += " " + random.nextInt(10) + "/" + (1 + random.nextInt(12));
        } else if (chance(5)) {
            house = house.substring(0, house.length() - 1) + "/" + LETTERS.charAt(random.nextInt(4)) + ".";
        }
        return new Customer.Address("HU", postcode, city, pick(STREETS), house);
    }

    private List<Contract> contracts(long index, boolean company, Customer.Address address) {
        int roll = random.nextInt(100);
        int count = roll < 55 ? 1 : roll < 85 ? 2 : 3;
        List<Contract> contracts = new ArrayList<>(count);
        for (int sequence = 1; sequence <= count; sequence++) {
            Product product = (company ? COMPANY_PRODUCTS : PERSON_PRODUCTS).pick(random);
            ContractStatus status = STATUSES.pick(random);
            LocalDate riskStart = between(FIRST_RISK_START, LAST_RISK_START);
            LocalDate riskEnd = switch (status) {
                case ACTIVE -> product.group() == ProductGroup.TRAVEL ? riskStart.plusDays(7 + random.nextInt(365)) : null;
                case CANCELLED, LAPSED -> riskStart.plusDays(30 + random.nextInt(3650));
                case EXPIRED -> riskStart.plusYears(1 + random.nextInt(5));
            };
            contracts.add(new Contract(null, product.numberPrefix() + cardNumber(index) + sequence, product.code(),
                    product.name(), product.group(), 0, status, riskStart, riskEnd,
                    riskLocation(product.group(), address), chance(25),
                    product.group() == ProductGroup.MOTOR && random.nextBoolean()));
        }
        return contracts;
    }

    private String riskLocation(ProductGroup group, Customer.Address address) {
        return switch (group) {
            case MOTOR -> chance(70) ? letters(3) + "-" + digits(3) : letters(2) + " " + letters(2) + "-" + digits(3);
            case HOME -> address.oneLine();
            case TRAVEL -> pick(TRAVEL_AREAS);
            case LIFE_PROGRAM, CLASSIC -> null;
        };
    }

    private List<PortalScope> portalScopes(List<Contract> contracts) {
        if (!chance(25)) {
            return List.of();
        }
        boolean activeLife = contracts.stream().anyMatch(contract -> contract.status() == ContractStatus.ACTIVE
                && contract.productGroup().isLife());
        return activeLife && chance(30)
                ? List.of(PortalScope.NON_LIFE, PortalScope.LIFE)
                : List.of(PortalScope.NON_LIFE);
    }

    private LocalDate between(LocalDate first, LocalDate last) {
        return first.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(first, last) + 1));
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    private String letters(int count) {
        StringBuilder letters = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            letters.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return letters.toString();
    }

    private record City(String name, int firstPostcode, int postcodes, int weight) {

        static City parse(String entry) {
            String[] parts = entry.split(" ");
            return new City(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
                    Integer.parseInt(parts[3]));
        }
    }

    private record Product(String code, String name, ProductGroup group, int weight, String numberPrefix) {
    }

    /** Values drawn with probability proportional to their weight. */
    private static final class Weighted<T> {

        private final List<T> values;
        private final int[] cumulativeWeights;

        Weighted(List<T> values, Function<T, Integer> weight) {
            this.values = List.copyOf(values);
            this.cumulativeWeights = new int[values.size()];
            int total = 0;
            for (int i = 0; i < values.size(); i++) {
                total += weight.apply(values.get(i));
                cumulativeWeights[i] = total;
            }
        }

        /** "Nagy 240, Kovács 220, …": names with their weights. */
        static Weighted<String> parse(String namesAndWeights) {
            List<String[]> entries = Arrays.stream(namesAndWeights.split(","))
                    .map(entry -> entry.strip().split(" ")).toList();
            List<String> names = entries.stream().map(entry -> entry[0]).toList();
            List<Integer> weights = entries.stream().map(entry -> Integer.parseInt(entry[1])).toList();
            return new Weighted<>(names, name -> weights.get(names.indexOf(name)));
        }

        int totalWeight() {
            return cumulativeWeights[cumulativeWeights.length - 1];
        }

        T pick(Random random) {
            int point = random.nextInt(totalWeight());
            int slot = Arrays.binarySearch(cumulativeWeights, point + 1);
            return values.get(slot >= 0 ? slot : -slot - 1);
        }
    }
}
