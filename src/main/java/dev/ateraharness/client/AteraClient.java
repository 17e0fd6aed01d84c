package dev.ateraharness.client;

import dev.ateraharness.client.concurrent.BoundedParallel;
import dev.ateraharness.client.internal.Json;
import dev.ateraharness.client.internal.Pipeline;
import dev.ateraharness.client.model.Account;
import dev.ateraharness.client.model.CreateGenericDevice;
import dev.ateraharness.client.model.CreateHttpDevice;
import dev.ateraharness.client.model.CreateTcpDevice;
import dev.ateraharness.client.model.Contact;
import dev.ateraharness.client.model.Customer;
import dev.ateraharness.client.model.Department;
import dev.ateraharness.client.model.GenericDevice;
import dev.ateraharness.client.model.HttpDevice;
import dev.ateraharness.client.model.Invoice;
import dev.ateraharness.client.model.KnowledgeBase;
import dev.ateraharness.client.model.Rate;
import dev.ateraharness.client.model.SnmpDevice;
import dev.ateraharness.client.model.TcpDevice;
import dev.ateraharness.client.model.WorkHoursRecord;
import dev.ateraharness.client.limit.RateLimiter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A client for Atera's REST API v3. Every request goes through one pipeline (auth, the configured
 * {@link dev.ateraharness.client.http.TransportLayer}s, the transport, status mapping, decoding).
 *
 * <p>Guarantees: async methods never block a thread and read time only from the config's clock, so the client
 * runs unchanged in virtual time over a simulated transport; blocking methods wait at most the config's
 * blocking timeout; failures are {@link AteraException}s (as the cause of a failed future); the key never
 * appears in an exception or in {@link #toString()}. Thread-safe. Unless the config says otherwise, every request
 * (retries included) passes the key's shared rate limiter and the default retry policy (see
 * {@link AteraClientConfig} and {@link ResilienceOptions}); the parallel helpers ({@link #mapAsync},
 * {@link EntityApi#getManyAsync}) and the list cache ({@link EntityApi#listAllCachedAsync}) go through the same
 * limiter, so no amount of parallelism exceeds it.
 */
public final class AteraClient {

    private final AteraClientConfig config;
    private final Pipeline pipeline;
    private final TicketsApi tickets;
    private final AlertsApi alerts;
    private final PagedReads reads;

    private AteraClient(AteraClientConfig config) {
        this.config = config;
        this.pipeline = new Pipeline(config);
        this.reads = new PagedReads(config, pipeline);
        this.tickets = new TicketsApi(this);
        this.alerts = new AlertsApi(this);
    }

    /**
     * A client for {@code config}.
     *
     * @throws IllegalStateException if the config's registry already holds a limiter for this key with other
     *                               settings (see {@link ResilienceOptions})
     */
    public static AteraClient create(AteraClientConfig config) {
        return new AteraClient(config);
    }

    /** The key's shared limiter this client sends through; empty without one (resilience off, or no limiter). */
    public Optional<RateLimiter> rateLimiter() {
        return pipeline.rateLimiter();
    }

    public AteraClientConfig config() {
        return config;
    }

    Pipeline pipeline() {
        return pipeline;
    }

    /** This client as one lane of a page fan-out ({@link KeyShards}). */
    FanOutLane lane() {
        return reads.lane();
    }

    // ---- generic paged access -------------------------------------------------------------------------

    /** A cursor over the pages of {@code endpoint}; reports to the config's sync listener. */
    public <T> PageCursor<T> cursor(Endpoint<T> endpoint, Query query) {
        return reads.cursor(endpoint, query, config.syncListener());
    }

    /** As {@link #cursor(Endpoint, Query)}, with another listener (the CLI's progress bar). */
    public <T> PageCursor<T> cursor(Endpoint<T> endpoint, Query query, SyncListener listener) {
        return reads.cursor(endpoint, query, listener);
    }

    /** One page, by number, at the configured page size. */
    public <T> CompletableFuture<Page<T>> pageAsync(Endpoint<T> endpoint, Query query, int page) {
        return reads.pageAsync(endpoint, query, page);
    }

    public <T> Page<T> page(Endpoint<T> endpoint, Query query, int page) {
        return await(pageAsync(endpoint, query, page), "GET " + endpoint.pathTemplate());
    }

    /**
     * Reads every page without blocking, handing each page to {@code onPage} as it arrives; completes with the
     * summary (also sent to {@code listener}). Pages that complete synchronously are looped over, not recursed
     * into, so a long sync on an immediate transport does not grow the stack.
     */
    public <T> CompletableFuture<SyncSummary> syncAsync(Endpoint<T> endpoint, Query query,
                                                        Consumer<? super Page<T>> onPage, SyncListener listener) {
        return reads.syncAsync(endpoint, query, onPage, listener);
    }

    /** {@link #syncAsync} with the config's listener and no per-page consumer. */
    public <T> CompletableFuture<SyncSummary> syncAsync(Endpoint<T> endpoint, Query query) {
        return syncAsync(endpoint, query, p -> { }, config.syncListener());
    }

    public <T> SyncSummary sync(Endpoint<T> endpoint, Query query) {
        return await(syncAsync(endpoint, query), "sync " + endpoint.name());
    }

    /** Blocking sync reporting to {@code listener} instead of the config's. */
    public <T> SyncSummary sync(Endpoint<T> endpoint, Query query, SyncListener listener) {
        return await(syncAsync(endpoint, query, p -> { }, listener), "sync " + endpoint.name());
    }

    /** Every item of {@code endpoint}, without blocking. */
    public <T> CompletableFuture<List<T>> listAllAsync(Endpoint<T> endpoint, Query query) {
        return reads.listAllAsync(endpoint, query);
    }

    public <T> List<T> listAll(Endpoint<T> endpoint, Query query) {
        return await(listAllAsync(endpoint, query), "GET " + endpoint.pathTemplate());
    }

    public <T> List<T> listAll(Endpoint<T> endpoint) {
        return listAll(endpoint, Query.none());
    }

    /** Every item, lazily: a page is requested when the stream needs it (blocking the consuming thread). */
    public <T> Stream<T> stream(Endpoint<T> endpoint, Query query) {
        return reads.stream(endpoint, query);
    }

    /**
     * Every item, served from the opt-in list cache for the config's {@link AteraClientConfig#listCacheTtl()}
     * after a successful read (for slowly changing lists such as customers or contracts). Concurrent callers share
     * one read; a failed read is not cached. The list is unmodifiable and may be up to one TTL stale.
     */
    public <T> CompletableFuture<List<T>> listAllCachedAsync(Endpoint<T> endpoint, Query query) {
        return reads.listAllCachedAsync(endpoint, query);
    }

    /** Drops every cached list, so the next cached read goes to the server. */
    public void invalidateListCache() {
        reads.invalidateListCache();
    }

    // ---- parallel helpers ----------------------------------------------------------------------------

    /**
     * {@code call(item)} for every item with at most {@code concurrency} in flight, results in item order
     * ({@link BoundedParallel}); every request still passes the shared limiter, so the concurrency bounds memory
     * and in-flight requests, never the rate. Fails with the first failure (no new calls start after it).
     */
    public <T, R> CompletableFuture<List<R>> mapAsync(List<T> items, int concurrency,
                                                      Function<? super T, CompletableFuture<R>> call) {
        return BoundedParallel.map(items, concurrency, call).handle((r, e) -> {
            if (e != null) {
                throw new java.util.concurrent.CompletionException(Pipeline.unwrap(e));
            }
            return r;
        });
    }

    /** As {@link #mapAsync}, discarding results. */
    public <T> CompletableFuture<Void> forEachAsync(List<T> items, int concurrency,
                                                    Function<? super T, CompletableFuture<?>> call) {
        return mapAsync(items, concurrency, t -> call.apply(t).thenApply(x -> Boolean.TRUE)).thenApply(l -> null);
    }

    /** Blocking {@link #mapAsync}. */
    public <T, R> List<R> map(List<T> items, int concurrency, Function<? super T, CompletableFuture<R>> call) {
        return await(mapAsync(items, concurrency, call), "parallel calls");
    }

    // ---- single GETs ---------------------------------------------------------------------------------

    /** GET {@code pathTemplate} (one placeholder, filled with {@code id}) decoded as {@code type}. */
    public <T> CompletableFuture<T> getAsync(Class<T> type, String operation, String pathTemplate, Object id) {
        Map<String, String> params = id == null ? Map.of() : Map.of(EntityApi.param(pathTemplate), id.toString());
        Pipeline.Call call = new Pipeline.Call("GET", operation, pathTemplate,
                pipeline.uri(pathTemplate, params, Map.of()), new byte[0], false);
        return pipeline.exchange(call, r -> Json.MAPPER.readValue(r.body(), type));
    }

    <T> T await(CompletableFuture<T> f, String what) {
        return reads.await(f, what);
    }

    // ---- entity accessors ----------------------------------------------------------------------------

    public TicketsApi tickets() {
        return tickets;
    }

    public AlertsApi alerts() {
        return alerts;
    }

    public CustomersApi customers() {
        return new CustomersApi(this);
    }

    /** Custom fields and values. */
    public CustomValuesApi customValues() {
        return new CustomValuesApi(this);
    }

    /** {@code GET /account}. */
    public CompletableFuture<Account> accountAsync() {
        return Exchanges.send(this, "GET", "getAccount", "/account", Map.of(), null, Account.class);
    }

    public Account account() {
        return await(accountAsync(), "GET /account");
    }

    public WritableApi<Contact> contacts() {
        return new WritableApi<>(this, Endpoints.CONTACTS, "/contacts", "/contacts/{contactId}", "Contact");
    }

    /** Product rates ({@code /rates/products}). */
    public WritableApi<Rate> productRates() {
        return new WritableApi<>(this, Endpoints.RATES_PRODUCTS, "/rates/products", "/rates/products/{productId}",
                "ProductRate");
    }

    /** Expense rates ({@code /rates/expenses}). */
    public WritableApi<Rate> expenseRates() {
        return new WritableApi<>(this, Endpoints.RATES_EXPENSES, "/rates/expenses", "/rates/expenses/{expenseId}",
                "ExpenseRate");
    }

    public AgentsApi agents() {
        return new AgentsApi(this);
    }

    public ContractsApi contracts() {
        return new ContractsApi(this);
    }

    public WritableApi<Department> departments() {
        return new WritableApi<>(this, Endpoints.DEPARTMENTS, "/departments", "/departments/{departmentId}", "Department");
    }

    /** Invoices; {@code get} takes the invoice number. */
    public EntityApi<Invoice> invoices() {
        return new EntityApi<>(this, Endpoints.INVOICES, "/billing/invoice/{invoiceNumber}", "Invoice");
    }

    /** Knowledge-base articles (Atera has no single GET for them). */
    public EntityApi<KnowledgeBase> knowledgeBases() {
        return new EntityApi<>(this, Endpoints.KNOWLEDGE_BASES, null, "KnowledgeBase");
    }

    /** Work-hour records across tickets (no single GET). */
    public EntityApi<WorkHoursRecord> workHours() {
        return new EntityApi<>(this, Endpoints.WORKHOURS, null, "WorkHoursRecord");
    }

    public DevicesApi<GenericDevice, CreateGenericDevice> genericDevices() {
        return new DevicesApi<>(this, Endpoints.GENERIC_DEVICES, "/devices/genericdevice",
                "/devices/genericdevice/{deviceId}", "GenericDevice");
    }

    public DevicesApi<HttpDevice, CreateHttpDevice> httpDevices() {
        return new DevicesApi<>(this, Endpoints.HTTP_DEVICES, "/devices/httpdevice", "/devices/httpdevice/{deviceId}",
                "HttpDevice");
    }

    public DevicesApi<TcpDevice, CreateTcpDevice> tcpDevices() {
        return new DevicesApi<>(this, Endpoints.TCP_DEVICES, "/devices/tcpdevice", "/devices/tcpdevice/{deviceId}",
                "TcpDevice");
    }

    public SnmpDevicesApi snmpDevices() {
        return new SnmpDevicesApi(this);
    }

    @Override
    public String toString() {
        return "AteraClient[" + config + "]";
    }
}
