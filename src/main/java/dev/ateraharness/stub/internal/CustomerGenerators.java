package dev.ateraharness.stub.internal;

import static dev.ateraharness.stub.internal.Generators.BASE_EPOCH_S;
import static dev.ateraharness.stub.internal.Generators.CITY;
import static dev.ateraharness.stub.internal.Generators.CONTRACT_TYPE;
import static dev.ateraharness.stub.internal.Generators.F;
import static dev.ateraharness.stub.internal.Generators.FIRST;
import static dev.ateraharness.stub.internal.Generators.LAST;
import static dev.ateraharness.stub.internal.Generators.date;
import static dev.ateraharness.stub.internal.Generators.pick;
import static dev.ateraharness.stub.internal.Generators.uuid;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.SplittableRandom;

/**
 * Customers, their contacts, contracts, invoices, departments and rates (products, expenses). Deterministic per
 * (seed, entity, index); see {@link Generators}.
 */
final class CustomerGenerators {

    private final Generators g;

    CustomerGenerators(Generators g) {
        this.g = g;
    }

    ObjectNode customer(long id) {
        SplittableRandom r = g.rng("customers", id);
        ObjectNode o = F.objectNode();
        long created = g.created("customers", id);
        o.put("CustomerID", id);
        o.put("CustomerName", g.customerName(id));
        o.put("CreatedOn", date(created));
        o.put("LastModified", date(Math.min(BASE_EPOCH_S, created + r.nextLong(200L * 86_400L))));
        o.put("BusinessNumber", String.valueOf(500_000_000 + r.nextInt(99_999_999)));
        o.put("Domain", "customer" + id + ".example.com");
        o.put("Address", (1 + r.nextInt(300)) + " Main Street");
        o.put("City", pick(r, CITY));
        o.put("State", "");
        o.put("Country", "Israel");
        o.put("Phone", "+972-3-" + (5_000_000 + r.nextInt(4_000_000)));
        o.put("Fax", "");
        o.put("Notes", "");
        o.put("Logo", "");
        o.put("Links", "");
        o.put("Longitude", Math.round((34.0 + r.nextDouble()) * 1e5) / 1e5);
        o.put("Latitude", Math.round((31.5 + r.nextDouble()) * 1e5) / 1e5);
        o.put("ZipCodeStr", String.valueOf(10000 + r.nextInt(89999)));
        return o;
    }

    ObjectNode contact(long id) {
        SplittableRandom r = g.rng("contacts", id);
        ObjectNode o = F.objectNode();
        long customer = g.ref(r, "customers");
        String first = pick(r, FIRST);
        String last = pick(r, LAST);
        long created = g.created("contacts", id);
        o.put("EndUserID", id);
        o.put("CustomerID", customer);
        o.put("CustomerName", g.customerName(customer));
        o.put("Firstname", first);
        o.put("Lastname", last);
        o.put("JobTitle", r.nextInt(4) == 0 ? "Office Manager" : "Staff");
        o.put("Email", (first + "." + last + id).toLowerCase(java.util.Locale.ROOT) + "@customer" + customer + ".example.com");
        o.put("Phone", "+972-3-" + (6_000_000 + r.nextInt(3_000_000)));
        o.put("MobilePhone", "+972-54-" + (1_000_000 + r.nextInt(8_999_999)));
        o.put("IsContactPerson", r.nextInt(10) == 0);
        o.put("InIgnoreMode", false);
        o.put("CreatedOn", date(created));
        o.put("LastModified", date(Math.min(BASE_EPOCH_S, created + r.nextLong(300L * 86_400L))));
        o.put("Archived", r.nextInt(25) == 0);
        return o;
    }

    ObjectNode contract(long id) {
        SplittableRandom r = g.rng("contracts", id);
        ObjectNode o = F.objectNode();
        long customer = g.ref(r, "customers");
        long start = g.created("contracts", id);
        o.put("CustomerID", customer);
        o.put("CustomerName", g.customerName(customer));
        o.put("ContractID", id);
        o.put("ContractName", "Contract " + id);
        o.put("ContractType", pick(r, CONTRACT_TYPE));
        o.put("Active", r.nextInt(6) != 0);
        o.put("Default", r.nextInt(10) == 0);
        o.put("Taxable", r.nextBoolean());
        o.put("StartDate", date(start));
        o.put("EndDate", date(start + 365L * 86_400L));
        return o;
    }

    ObjectNode department(long id) {
        ObjectNode o = F.objectNode();
        String[] names = {"Support", "Projects", "Billing", "NOC", "Security", "Onboarding", "Field Service"};
        o.put("Id", id);
        o.put("Name", names[(int) ((id - 1) % names.length)] + (id > names.length ? " " + id : ""));
        o.put("Description", "Department " + id);
        return o;
    }

    ObjectNode invoice(long id) {
        SplittableRandom r = g.rng("invoices", id);
        ObjectNode o = F.objectNode();
        long date = g.created("invoices", id);
        double subtotal = Math.round(r.nextDouble(50, 5000) * 100) / 100.0;
        double tax = Math.round(subtotal * 17) / 100.0;
        o.put("IsAdhoc", r.nextInt(8) == 0);
        o.put("InvoiceId", uuid(r));
        o.put("InvoiceNumber", (int) id);
        o.put("InvoiceNumberAsString", "INV-" + id);
        o.put("Total", Math.round((subtotal + tax) * 100) / 100.0);
        o.put("Subtotal", subtotal);
        o.put("Tax", tax);
        o.put("TaxPercentage", 17.0);
        o.put("InvoiceDate", date(date));
        o.put("ContractName", "Contract " + g.ref(r, "contracts"));
        o.put("PeriodStartDate", date(date - 30L * 86_400L));
        o.put("PeriodEndDate", date(date));
        o.put("Currency", "USD");
        o.putArray("LineItems");
        return o;
    }

    ObjectNode rate(String entity, long id) {
        SplittableRandom r = g.rng(entity, id);
        ObjectNode o = F.objectNode();
        boolean product = entity.equals("products");
        o.put("RateID", (int) id);
        o.put("Amount", Math.round(r.nextDouble(5, product ? 2000 : 300) * 100) / 100.0);
        o.put("Description", (product ? "Product " : "Expense ") + id);
        o.put("SKU", (product ? "P-" : "E-") + String.format("%05d", id));
        o.put("Category", product ? "Hardware" : "Travel");
        return o;
    }
}
