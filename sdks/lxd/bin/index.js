"use strict";
// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.types = exports.config = exports.VolumeCopy = exports.Volume = exports.TrustToken = exports.TrustCertificate = exports.StoragePool = exports.StorageBucketKey = exports.StorageBucket = exports.Snapshot = exports.PublishImage = exports.Project = exports.Profile = exports.NetworkZoneRecord = exports.NetworkZone = exports.NetworkPeer = exports.NetworkLb = exports.NetworkForward = exports.NetworkAcl = exports.Network = exports.InstanceFile = exports.InstanceDevice = exports.Instance = exports.getStoragePoolOutput = exports.getStoragePool = exports.getProjectOutput = exports.getProject = exports.getProfileOutput = exports.getProfile = exports.getNetworkOutput = exports.getNetwork = exports.getInstanceOutput = exports.getInstance = exports.getInfoOutput = exports.getInfo = exports.getImageOutput = exports.getImage = exports.getAuthIdentityOutput = exports.getAuthIdentity = exports.getAuthGroupOutput = exports.getAuthGroup = exports.CachedImage = exports.AuthIdentity = exports.AuthGroup = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
exports.AuthGroup = null;
utilities.lazyLoad(exports, ["AuthGroup"], () => require("./authGroup"));
exports.AuthIdentity = null;
utilities.lazyLoad(exports, ["AuthIdentity"], () => require("./authIdentity"));
exports.CachedImage = null;
utilities.lazyLoad(exports, ["CachedImage"], () => require("./cachedImage"));
exports.getAuthGroup = null;
exports.getAuthGroupOutput = null;
utilities.lazyLoad(exports, ["getAuthGroup", "getAuthGroupOutput"], () => require("./getAuthGroup"));
exports.getAuthIdentity = null;
exports.getAuthIdentityOutput = null;
utilities.lazyLoad(exports, ["getAuthIdentity", "getAuthIdentityOutput"], () => require("./getAuthIdentity"));
exports.getImage = null;
exports.getImageOutput = null;
utilities.lazyLoad(exports, ["getImage", "getImageOutput"], () => require("./getImage"));
exports.getInfo = null;
exports.getInfoOutput = null;
utilities.lazyLoad(exports, ["getInfo", "getInfoOutput"], () => require("./getInfo"));
exports.getInstance = null;
exports.getInstanceOutput = null;
utilities.lazyLoad(exports, ["getInstance", "getInstanceOutput"], () => require("./getInstance"));
exports.getNetwork = null;
exports.getNetworkOutput = null;
utilities.lazyLoad(exports, ["getNetwork", "getNetworkOutput"], () => require("./getNetwork"));
exports.getProfile = null;
exports.getProfileOutput = null;
utilities.lazyLoad(exports, ["getProfile", "getProfileOutput"], () => require("./getProfile"));
exports.getProject = null;
exports.getProjectOutput = null;
utilities.lazyLoad(exports, ["getProject", "getProjectOutput"], () => require("./getProject"));
exports.getStoragePool = null;
exports.getStoragePoolOutput = null;
utilities.lazyLoad(exports, ["getStoragePool", "getStoragePoolOutput"], () => require("./getStoragePool"));
exports.Instance = null;
utilities.lazyLoad(exports, ["Instance"], () => require("./instance"));
exports.InstanceDevice = null;
utilities.lazyLoad(exports, ["InstanceDevice"], () => require("./instanceDevice"));
exports.InstanceFile = null;
utilities.lazyLoad(exports, ["InstanceFile"], () => require("./instanceFile"));
exports.Network = null;
utilities.lazyLoad(exports, ["Network"], () => require("./network"));
exports.NetworkAcl = null;
utilities.lazyLoad(exports, ["NetworkAcl"], () => require("./networkAcl"));
exports.NetworkForward = null;
utilities.lazyLoad(exports, ["NetworkForward"], () => require("./networkForward"));
exports.NetworkLb = null;
utilities.lazyLoad(exports, ["NetworkLb"], () => require("./networkLb"));
exports.NetworkPeer = null;
utilities.lazyLoad(exports, ["NetworkPeer"], () => require("./networkPeer"));
exports.NetworkZone = null;
utilities.lazyLoad(exports, ["NetworkZone"], () => require("./networkZone"));
exports.NetworkZoneRecord = null;
utilities.lazyLoad(exports, ["NetworkZoneRecord"], () => require("./networkZoneRecord"));
exports.Profile = null;
utilities.lazyLoad(exports, ["Profile"], () => require("./profile"));
exports.Project = null;
utilities.lazyLoad(exports, ["Project"], () => require("./project"));
__exportStar(require("./provider"), exports);
const provider_1 = require("./provider");
exports.PublishImage = null;
utilities.lazyLoad(exports, ["PublishImage"], () => require("./publishImage"));
exports.Snapshot = null;
utilities.lazyLoad(exports, ["Snapshot"], () => require("./snapshot"));
exports.StorageBucket = null;
utilities.lazyLoad(exports, ["StorageBucket"], () => require("./storageBucket"));
exports.StorageBucketKey = null;
utilities.lazyLoad(exports, ["StorageBucketKey"], () => require("./storageBucketKey"));
exports.StoragePool = null;
utilities.lazyLoad(exports, ["StoragePool"], () => require("./storagePool"));
exports.TrustCertificate = null;
utilities.lazyLoad(exports, ["TrustCertificate"], () => require("./trustCertificate"));
exports.TrustToken = null;
utilities.lazyLoad(exports, ["TrustToken"], () => require("./trustToken"));
exports.Volume = null;
utilities.lazyLoad(exports, ["Volume"], () => require("./volume"));
exports.VolumeCopy = null;
utilities.lazyLoad(exports, ["VolumeCopy"], () => require("./volumeCopy"));
// Export sub-modules:
const config = require("./config");
exports.config = config;
const types = require("./types");
exports.types = types;
const _module = {
    version: utilities.getVersion(),
    construct: (name, type, urn) => {
        switch (type) {
            case "lxd:index/authGroup:AuthGroup":
                return new exports.AuthGroup(name, undefined, { urn });
            case "lxd:index/authIdentity:AuthIdentity":
                return new exports.AuthIdentity(name, undefined, { urn });
            case "lxd:index/cachedImage:CachedImage":
                return new exports.CachedImage(name, undefined, { urn });
            case "lxd:index/instance:Instance":
                return new exports.Instance(name, undefined, { urn });
            case "lxd:index/instanceDevice:InstanceDevice":
                return new exports.InstanceDevice(name, undefined, { urn });
            case "lxd:index/instanceFile:InstanceFile":
                return new exports.InstanceFile(name, undefined, { urn });
            case "lxd:index/network:Network":
                return new exports.Network(name, undefined, { urn });
            case "lxd:index/networkAcl:NetworkAcl":
                return new exports.NetworkAcl(name, undefined, { urn });
            case "lxd:index/networkForward:NetworkForward":
                return new exports.NetworkForward(name, undefined, { urn });
            case "lxd:index/networkLb:NetworkLb":
                return new exports.NetworkLb(name, undefined, { urn });
            case "lxd:index/networkPeer:NetworkPeer":
                return new exports.NetworkPeer(name, undefined, { urn });
            case "lxd:index/networkZone:NetworkZone":
                return new exports.NetworkZone(name, undefined, { urn });
            case "lxd:index/networkZoneRecord:NetworkZoneRecord":
                return new exports.NetworkZoneRecord(name, undefined, { urn });
            case "lxd:index/profile:Profile":
                return new exports.Profile(name, undefined, { urn });
            case "lxd:index/project:Project":
                return new exports.Project(name, undefined, { urn });
            case "lxd:index/publishImage:PublishImage":
                return new exports.PublishImage(name, undefined, { urn });
            case "lxd:index/snapshot:Snapshot":
                return new exports.Snapshot(name, undefined, { urn });
            case "lxd:index/storageBucket:StorageBucket":
                return new exports.StorageBucket(name, undefined, { urn });
            case "lxd:index/storageBucketKey:StorageBucketKey":
                return new exports.StorageBucketKey(name, undefined, { urn });
            case "lxd:index/storagePool:StoragePool":
                return new exports.StoragePool(name, undefined, { urn });
            case "lxd:index/trustCertificate:TrustCertificate":
                return new exports.TrustCertificate(name, undefined, { urn });
            case "lxd:index/trustToken:TrustToken":
                return new exports.TrustToken(name, undefined, { urn });
            case "lxd:index/volume:Volume":
                return new exports.Volume(name, undefined, { urn });
            case "lxd:index/volumeCopy:VolumeCopy":
                return new exports.VolumeCopy(name, undefined, { urn });
            default:
                throw new Error(`unknown resource type ${type}`);
        }
    },
};
pulumi.runtime.registerResourceModule("lxd", "index/authGroup", _module);
pulumi.runtime.registerResourceModule("lxd", "index/authIdentity", _module);
pulumi.runtime.registerResourceModule("lxd", "index/cachedImage", _module);
pulumi.runtime.registerResourceModule("lxd", "index/instance", _module);
pulumi.runtime.registerResourceModule("lxd", "index/instanceDevice", _module);
pulumi.runtime.registerResourceModule("lxd", "index/instanceFile", _module);
pulumi.runtime.registerResourceModule("lxd", "index/network", _module);
pulumi.runtime.registerResourceModule("lxd", "index/networkAcl", _module);
pulumi.runtime.registerResourceModule("lxd", "index/networkForward", _module);
pulumi.runtime.registerResourceModule("lxd", "index/networkLb", _module);
pulumi.runtime.registerResourceModule("lxd", "index/networkPeer", _module);
pulumi.runtime.registerResourceModule("lxd", "index/networkZone", _module);
pulumi.runtime.registerResourceModule("lxd", "index/networkZoneRecord", _module);
pulumi.runtime.registerResourceModule("lxd", "index/profile", _module);
pulumi.runtime.registerResourceModule("lxd", "index/project", _module);
pulumi.runtime.registerResourceModule("lxd", "index/publishImage", _module);
pulumi.runtime.registerResourceModule("lxd", "index/snapshot", _module);
pulumi.runtime.registerResourceModule("lxd", "index/storageBucket", _module);
pulumi.runtime.registerResourceModule("lxd", "index/storageBucketKey", _module);
pulumi.runtime.registerResourceModule("lxd", "index/storagePool", _module);
pulumi.runtime.registerResourceModule("lxd", "index/trustCertificate", _module);
pulumi.runtime.registerResourceModule("lxd", "index/trustToken", _module);
pulumi.runtime.registerResourceModule("lxd", "index/volume", _module);
pulumi.runtime.registerResourceModule("lxd", "index/volumeCopy", _module);
pulumi.runtime.registerResourcePackage("lxd", {
    version: utilities.getVersion(),
    constructProvider: (name, type, urn) => {
        if (type !== "pulumi:providers:lxd") {
            throw new Error(`unknown provider type ${type}`);
        }
        return new provider_1.Provider(name, undefined, { urn });
    },
});
