package hu.insurer.lifeaccess.casefile;

/**
 * The customer's mobile number changed after the request form was printed: the signed form names another number,
 * so no code may be sent until a new form is printed and signed.
 */
public class SignedFormOutdatedException extends CaseStepRefusedException {

    public SignedFormOutdatedException() {
        super("Az ügyfél mobilszáma az igénylő nyomtatvány kinyomtatása óta megváltozott, ezért a kód nem küldhető "
                + "ki az aláírt nyomtatvány alapján. Nyomtassa ki az új nyomtatványt, és írassa alá újra az ügyféllel.");
    }
}
