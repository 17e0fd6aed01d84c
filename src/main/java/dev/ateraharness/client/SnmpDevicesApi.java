package dev.ateraharness.client;

import dev.ateraharness.client.model.CreateSnmpV1V2Device;
import dev.ateraharness.client.model.CreateSnmpV3Device;
import dev.ateraharness.client.model.CreatedDevice;
import dev.ateraharness.client.model.SnmpDevice;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** SNMP devices: as {@link DevicesApi} ({@code create} is v1/v2), plus create v3 and get by device GUID. */
public final class SnmpDevicesApi extends DevicesApi<SnmpDevice, CreateSnmpV1V2Device> {

    SnmpDevicesApi(AteraClient client) {
        super(client, Endpoints.SNMP_DEVICES, "/devices/snmpdevice/v1v2", "/devices/snmpdevice/{deviceId}", "SnmpDevice");
    }

    /** {@code POST /devices/snmpdevice/v3}. */
    public CompletableFuture<CreatedDevice> createV3Async(CreateSnmpV3Device body) {
        return exchange("POST", "createSnmpV3Device", "/devices/snmpdevice/v3", Map.of(), body, CreatedDevice.class);
    }

    public CreatedDevice createV3(CreateSnmpV3Device body) {
        return client.await(createV3Async(body), "POST /devices/snmpdevice/v3");
    }

    /** {@code GET /devices/snmpdevice/guid/{deviceGuid}} ({@link NotFoundException} if none). */
    public CompletableFuture<SnmpDevice> getByGuidAsync(String deviceGuid) {
        return exchange("GET", "getSnmpDeviceByGuid", "/devices/snmpdevice/guid/{deviceGuid}",
                Map.of("deviceGuid", deviceGuid), null, SnmpDevice.class);
    }

    public SnmpDevice getByGuid(String deviceGuid) {
        return client.await(getByGuidAsync(deviceGuid), "GET /devices/snmpdevice/guid/{deviceGuid}");
    }
}
