package dev.ateraharness.stub.internal;

import com.github.tomakehurst.wiremock.common.NetworkAddressRules;
import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import java.util.List;

/**
 * What WireMock may touch outside the process: no mapping files are read at start or written later (so nothing an
 * admin request did survives a restart, and the working directory is never written), and no proxy target is
 * allowed (a second line behind the door's refusal of proxy mappings).
 */
public final class ClosedStores {

    private ClosedStores() {
    }

    /** Mappings live in memory only. */
    public static MappingsSource noMappingFiles() {
        return new MappingsSource() {
            @Override
            public void loadMappingsInto(StubMappings stubMappings) {
            }

            @Override
            public void save(List<StubMapping> stubMappings) {
            }

            @Override
            public void save(StubMapping stubMapping) {
            }

            @Override
            public void remove(StubMapping stubMapping) {
            }

            @Override
            public void removeAll() {
            }
        };
    }

    /** Every proxy target refused. */
    public static NetworkAddressRules noProxyTargets() {
        return new NetworkAddressRules() {
            @Override
            public boolean isAllowed(String testValue) {
                return false;
            }

            @Override
            public boolean isAllowedAll() {
                return false;
            }
        };
    }
}
