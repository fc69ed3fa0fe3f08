package com.bitgraphs.simulator.connect;

/**
 * An app's installation in the workspace. The previous secret survives an uninstall because the next install is
 * signed with it.
 *
 * @param previousSecret the secret before the current one, or null
 * @param installed      false after an uninstall
 */
public record Installation(String clientKey, String workspace, String descriptorUrl, Descriptor descriptor,
                           String sharedSecret,
                           String previousSecret, boolean installed) {

    public String appKey() {
        return descriptor.key();
    }
}
