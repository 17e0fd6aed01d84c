package dev.ateraharness.client.limit.internal;

/**
 * The Lua scripts that change a key's log in Redis. Each runs atomically and dates everything by Redis's own
 * {@code TIME}, so the processes' clocks never enter the limit: a process only ever sends durations (an age, a
 * delay), never a time. Times in Redis are microseconds since the epoch, exact in Lua's doubles (below 2^53);
 * numbers are passed to {@code redis.call} as numbers (Redis formats them with 17 digits) and to {@code SET} via
 * {@code %.0f}, never through {@code tostring} (14 digits).
 *
 * <p>The log is a sorted set {@code busy}: one member per permit (its sequence number), scored by the time its
 * slot frees: grant + in-flight cap + W' while in flight, completion + W' once completed (W' = W + guard). A grant
 * is allowed while fewer than N members are busy. Exact: if N + 1 arrivals fell in [t, t + W), the last of them to
 * be granted, at G < t + W, found the other N busy, since each completed at or after its arrival >= t, so freed
 * at >= t + W' > G.
 */
final class RedisScripts {

    private RedisScripts() {
    }

    private static final String NOW = """
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
            """;

    /**
     * KEYS: busy, seq, hold, cfg, gen. ARGV: N, W' (us), cap (us), want, cfg, known generation (or ''), recent
     * ('1' if this process granted within W' + cap), ttl (ms). Returns {1, granted, firstSeq, gen},
     * {0, waitMicros, 0, gen} or {-2, 0, 0, cfgInForce}.
     */
    static final String ACQUIRE = NOW + """
            local n = tonumber(ARGV[1])
            local w = tonumber(ARGV[2])
            local cap = tonumber(ARGV[3])
            local want = tonumber(ARGV[4])
            local cfg = redis.call('GET', KEYS[4])
            if cfg and cfg ~= ARGV[5] then return {-2, 0, 0, cfg} end
            local gen = redis.call('GET', KEYS[5])
            if not gen then
              gen = string.format('%.0f', now)
              redis.call('SET', KEYS[5], gen)
              redis.call('SET', KEYS[4], ARGV[5])
            end
            local hold = tonumber(redis.call('GET', KEYS[3]) or '0')
            if ARGV[6] ~= '' and ARGV[6] ~= gen and ARGV[7] == '1' and hold < now + w then
              hold = now + w
              redis.call('SET', KEYS[3], string.format('%.0f', hold))
            end
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
            local result
            if hold > now then
              result = {0, hold - now, 0, gen}
            else
              local busy = redis.call('ZCARD', KEYS[1])
              if busy >= n then
                local s = redis.call('ZRANGE', KEYS[1], busy - n, busy - n, 'WITHSCORES')
                result = {0, tonumber(s[2]) - now, 0, gen}
              else
                local g = math.min(n - busy, want)
                local first = redis.call('INCRBY', KEYS[2], g) - g + 1
                local free = now + cap + w
                for i = 0, g - 1 do redis.call('ZADD', KEYS[1], free, first + i) end
                result = {1, g, first, gen}
              end
            end
            for i = 1, 5 do redis.call('PEXPIRE', KEYS[i], ARGV[8]) end
            return result
            """;

    /**
     * KEYS: busy, gen. ARGV: member, permit's generation, age of the completion (us), W' (us), cap (us), N,
     * channel. Dates the permit at max(grant, now - age) + W' if that is earlier than its score; publishes on the
     * channel when the log is full (someone may be waiting). Returns 1 if it dated the permit.
     */
    static final String COMPLETE = NOW + """
            if redis.call('GET', KEYS[2]) ~= ARGV[2] then return 0 end
            local score = redis.call('ZSCORE', KEYS[1], ARGV[1])
            if not score then return 0 end
            score = tonumber(score)
            local w = tonumber(ARGV[4])
            local granted = score - tonumber(ARGV[5]) - w
            local s = math.max(granted, now - tonumber(ARGV[3])) + w
            if s >= score then return 0 end
            redis.call('ZADD', KEYS[1], s, ARGV[1])
            if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[6]) then redis.call('PUBLISH', ARGV[7], '1') end
            return 1
            """;

    /** KEYS: hold. ARGV: delay (us), ttl (ms). Holds every grant until now + delay (later holds extend it). */
    static final String HOLD = NOW + """
            local h = now + tonumber(ARGV[1])
            local cur = tonumber(redis.call('GET', KEYS[1]) or '0')
            if h > cur then redis.call('SET', KEYS[1], string.format('%.0f', h), 'PX', tonumber(ARGV[2])) end
            return 1
            """;

    /**
     * KEYS: busy, seq. ARGV: ttl (ms), then the remaining busy time (us) of each permit granted from the local
     * fallback: they enter the log so that processes on Redis count them.
     */
    static final String IMPORT = NOW + """
            for i = 2, #ARGV do
              local s = redis.call('INCR', KEYS[2])
              redis.call('ZADD', KEYS[1], now + tonumber(ARGV[i]), s)
            end
            redis.call('PEXPIRE', KEYS[1], ARGV[1])
            redis.call('PEXPIRE', KEYS[2], ARGV[1])
            return #ARGV - 1
            """;
}
