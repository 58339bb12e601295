// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***

import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

// Export members:
export { AuthGroupArgs, AuthGroupState } from "./authGroup";
export type AuthGroup = import("./authGroup").AuthGroup;
export const AuthGroup: typeof import("./authGroup").AuthGroup = null as any;
utilities.lazyLoad(exports, ["AuthGroup"], () => require("./authGroup"));

export { AuthIdentityArgs, AuthIdentityState } from "./authIdentity";
export type AuthIdentity = import("./authIdentity").AuthIdentity;
export const AuthIdentity: typeof import("./authIdentity").AuthIdentity = null as any;
utilities.lazyLoad(exports, ["AuthIdentity"], () => require("./authIdentity"));

export { CachedImageArgs, CachedImageState } from "./cachedImage";
export type CachedImage = import("./cachedImage").CachedImage;
export const CachedImage: typeof import("./cachedImage").CachedImage = null as any;
utilities.lazyLoad(exports, ["CachedImage"], () => require("./cachedImage"));

export { GetAuthGroupArgs, GetAuthGroupResult, GetAuthGroupOutputArgs } from "./getAuthGroup";
export const getAuthGroup: typeof import("./getAuthGroup").getAuthGroup = null as any;
export const getAuthGroupOutput: typeof import("./getAuthGroup").getAuthGroupOutput = null as any;
utilities.lazyLoad(exports, ["getAuthGroup","getAuthGroupOutput"], () => require("./getAuthGroup"));

export { GetAuthIdentityArgs, GetAuthIdentityResult, GetAuthIdentityOutputArgs } from "./getAuthIdentity";
export const getAuthIdentity: typeof import("./getAuthIdentity").getAuthIdentity = null as any;
export const getAuthIdentityOutput: typeof import("./getAuthIdentity").getAuthIdentityOutput = null as any;
utilities.lazyLoad(exports, ["getAuthIdentity","getAuthIdentityOutput"], () => require("./getAuthIdentity"));

export { GetImageArgs, GetImageResult, GetImageOutputArgs } from "./getImage";
export const getImage: typeof import("./getImage").getImage = null as any;
export const getImageOutput: typeof import("./getImage").getImageOutput = null as any;
utilities.lazyLoad(exports, ["getImage","getImageOutput"], () => require("./getImage"));

export { GetInfoArgs, GetInfoResult, GetInfoOutputArgs } from "./getInfo";
export const getInfo: typeof import("./getInfo").getInfo = null as any;
export const getInfoOutput: typeof import("./getInfo").getInfoOutput = null as any;
utilities.lazyLoad(exports, ["getInfo","getInfoOutput"], () => require("./getInfo"));

export { GetInstanceArgs, GetInstanceResult, GetInstanceOutputArgs } from "./getInstance";
export const getInstance: typeof import("./getInstance").getInstance = null as any;
export const getInstanceOutput: typeof import("./getInstance").getInstanceOutput = null as any;
utilities.lazyLoad(exports, ["getInstance","getInstanceOutput"], () => require("./getInstance"));

export { GetNetworkArgs, GetNetworkResult, GetNetworkOutputArgs } from "./getNetwork";
export const getNetwork: typeof import("./getNetwork").getNetwork = null as any;
export const getNetworkOutput: typeof import("./getNetwork").getNetworkOutput = null as any;
utilities.lazyLoad(exports, ["getNetwork","getNetworkOutput"], () => require("./getNetwork"));

export { GetProfileArgs, GetProfileResult, GetProfileOutputArgs } from "./getProfile";
export const getProfile: typeof import("./getProfile").getProfile = null as any;
export const getProfileOutput: typeof import("./getProfile").getProfileOutput = null as any;
utilities.lazyLoad(exports, ["getProfile","getProfileOutput"], () => require("./getProfile"));

export { GetProjectArgs, GetProjectResult, GetProjectOutputArgs } from "./getProject";
export const getProject: typeof import("./getProject").getProject = null as any;
export const getProjectOutput: typeof import("./getProject").getProjectOutput = null as any;
utilities.lazyLoad(exports, ["getProject","getProjectOutput"], () => require("./getProject"));

export { GetStoragePoolArgs, GetStoragePoolResult, GetStoragePoolOutputArgs } from "./getStoragePool";
export const getStoragePool: typeof import("./getStoragePool").getStoragePool = null as any;
export const getStoragePoolOutput: typeof import("./getStoragePool").getStoragePoolOutput = null as any;
utilities.lazyLoad(exports, ["getStoragePool","getStoragePoolOutput"], () => require("./getStoragePool"));

export { InstanceArgs, InstanceState } from "./instance";
export type Instance = import("./instance").Instance;
export const Instance: typeof import("./instance").Instance = null as any;
utilities.lazyLoad(exports, ["Instance"], () => require("./instance"));

export { InstanceDeviceArgs, InstanceDeviceState } from "./instanceDevice";
export type InstanceDevice = import("./instanceDevice").InstanceDevice;
export const InstanceDevice: typeof import("./instanceDevice").InstanceDevice = null as any;
utilities.lazyLoad(exports, ["InstanceDevice"], () => require("./instanceDevice"));

export { InstanceFileArgs, InstanceFileState } from "./instanceFile";
export type InstanceFile = import("./instanceFile").InstanceFile;
export const InstanceFile: typeof import("./instanceFile").InstanceFile = null as any;
utilities.lazyLoad(exports, ["InstanceFile"], () => require("./instanceFile"));

export { NetworkArgs, NetworkState } from "./network";
export type Network = import("./network").Network;
export const Network: typeof import("./network").Network = null as any;
utilities.lazyLoad(exports, ["Network"], () => require("./network"));

export { NetworkAclArgs, NetworkAclState } from "./networkAcl";
export type NetworkAcl = import("./networkAcl").NetworkAcl;
export const NetworkAcl: typeof import("./networkAcl").NetworkAcl = null as any;
utilities.lazyLoad(exports, ["NetworkAcl"], () => require("./networkAcl"));

export { NetworkForwardArgs, NetworkForwardState } from "./networkForward";
export type NetworkForward = import("./networkForward").NetworkForward;
export const NetworkForward: typeof import("./networkForward").NetworkForward = null as any;
utilities.lazyLoad(exports, ["NetworkForward"], () => require("./networkForward"));

export { NetworkLbArgs, NetworkLbState } from "./networkLb";
export type NetworkLb = import("./networkLb").NetworkLb;
export const NetworkLb: typeof import("./networkLb").NetworkLb = null as any;
utilities.lazyLoad(exports, ["NetworkLb"], () => require("./networkLb"));

export { NetworkPeerArgs, NetworkPeerState } from "./networkPeer";
export type NetworkPeer = import("./networkPeer").NetworkPeer;
export const NetworkPeer: typeof import("./networkPeer").NetworkPeer = null as any;
utilities.lazyLoad(exports, ["NetworkPeer"], () => require("./networkPeer"));

export { NetworkZoneArgs, NetworkZoneState } from "./networkZone";
export type NetworkZone = import("./networkZone").NetworkZone;
export const NetworkZone: typeof import("./networkZone").NetworkZone = null as any;
utilities.lazyLoad(exports, ["NetworkZone"], () => require("./networkZone"));

export { NetworkZoneRecordArgs, NetworkZoneRecordState } from "./networkZoneRecord";
export type NetworkZoneRecord = import("./networkZoneRecord").NetworkZoneRecord;
export const NetworkZoneRecord: typeof import("./networkZoneRecord").NetworkZoneRecord = null as any;
utilities.lazyLoad(exports, ["NetworkZoneRecord"], () => require("./networkZoneRecord"));

export { ProfileArgs, ProfileState } from "./profile";
export type Profile = import("./profile").Profile;
export const Profile: typeof import("./profile").Profile = null as any;
utilities.lazyLoad(exports, ["Profile"], () => require("./profile"));

export { ProjectArgs, ProjectState } from "./project";
export type Project = import("./project").Project;
export const Project: typeof import("./project").Project = null as any;
utilities.lazyLoad(exports, ["Project"], () => require("./project"));

export * from "./provider";
import { Provider } from "./provider";

export { PublishImageArgs, PublishImageState } from "./publishImage";
export type PublishImage = import("./publishImage").PublishImage;
export const PublishImage: typeof import("./publishImage").PublishImage = null as any;
utilities.lazyLoad(exports, ["PublishImage"], () => require("./publishImage"));

export { SnapshotArgs, SnapshotState } from "./snapshot";
export type Snapshot = import("./snapshot").Snapshot;
export const Snapshot: typeof import("./snapshot").Snapshot = null as any;
utilities.lazyLoad(exports, ["Snapshot"], () => require("./snapshot"));

export { StorageBucketArgs, StorageBucketState } from "./storageBucket";
export type StorageBucket = import("./storageBucket").StorageBucket;
export const StorageBucket: typeof import("./storageBucket").StorageBucket = null as any;
utilities.lazyLoad(exports, ["StorageBucket"], () => require("./storageBucket"));

export { StorageBucketKeyArgs, StorageBucketKeyState } from "./storageBucketKey";
export type StorageBucketKey = import("./storageBucketKey").StorageBucketKey;
export const StorageBucketKey: typeof import("./storageBucketKey").StorageBucketKey = null as any;
utilities.lazyLoad(exports, ["StorageBucketKey"], () => require("./storageBucketKey"));

export { StoragePoolArgs, StoragePoolState } from "./storagePool";
export type StoragePool = import("./storagePool").StoragePool;
export const StoragePool: typeof import("./storagePool").StoragePool = null as any;
utilities.lazyLoad(exports, ["StoragePool"], () => require("./storagePool"));

export { TrustCertificateArgs, TrustCertificateState } from "./trustCertificate";
export type TrustCertificate = import("./trustCertificate").TrustCertificate;
export const TrustCertificate: typeof import("./trustCertificate").TrustCertificate = null as any;
utilities.lazyLoad(exports, ["TrustCertificate"], () => require("./trustCertificate"));

export { TrustTokenArgs, TrustTokenState } from "./trustToken";
export type TrustToken = import("./trustToken").TrustToken;
export const TrustToken: typeof import("./trustToken").TrustToken = null as any;
utilities.lazyLoad(exports, ["TrustToken"], () => require("./trustToken"));

export { VolumeArgs, VolumeState } from "./volume";
export type Volume = import("./volume").Volume;
export const Volume: typeof import("./volume").Volume = null as any;
utilities.lazyLoad(exports, ["Volume"], () => require("./volume"));

export { VolumeCopyArgs, VolumeCopyState } from "./volumeCopy";
export type VolumeCopy = import("./volumeCopy").VolumeCopy;
export const VolumeCopy: typeof import("./volumeCopy").VolumeCopy = null as any;
utilities.lazyLoad(exports, ["VolumeCopy"], () => require("./volumeCopy"));


// Export sub-modules:
import * as config from "./config";
import * as types from "./types";

export {
    config,
    types,
};

const _module = {
    version: utilities.getVersion(),
    construct: (name: string, type: string, urn: string): pulumi.Resource => {
        switch (type) {
            case "lxd:index/authGroup:AuthGroup":
                return new AuthGroup(name, <any>undefined, { urn })
            case "lxd:index/authIdentity:AuthIdentity":
                return new AuthIdentity(name, <any>undefined, { urn })
            case "lxd:index/cachedImage:CachedImage":
                return new CachedImage(name, <any>undefined, { urn })
            case "lxd:index/instance:Instance":
                return new Instance(name, <any>undefined, { urn })
            case "lxd:index/instanceDevice:InstanceDevice":
                return new InstanceDevice(name, <any>undefined, { urn })
            case "lxd:index/instanceFile:InstanceFile":
                return new InstanceFile(name, <any>undefined, { urn })
            case "lxd:index/network:Network":
                return new Network(name, <any>undefined, { urn })
            case "lxd:index/networkAcl:NetworkAcl":
                return new NetworkAcl(name, <any>undefined, { urn })
            case "lxd:index/networkForward:NetworkForward":
                return new NetworkForward(name, <any>undefined, { urn })
            case "lxd:index/networkLb:NetworkLb":
                return new NetworkLb(name, <any>undefined, { urn })
            case "lxd:index/networkPeer:NetworkPeer":
                return new NetworkPeer(name, <any>undefined, { urn })
            case "lxd:index/networkZone:NetworkZone":
                return new NetworkZone(name, <any>undefined, { urn })
            case "lxd:index/networkZoneRecord:NetworkZoneRecord":
                return new NetworkZoneRecord(name, <any>undefined, { urn })
            case "lxd:index/profile:Profile":
                return new Profile(name, <any>undefined, { urn })
            case "lxd:index/project:Project":
                return new Project(name, <any>undefined, { urn })
            case "lxd:index/publishImage:PublishImage":
                return new PublishImage(name, <any>undefined, { urn })
            case "lxd:index/snapshot:Snapshot":
                return new Snapshot(name, <any>undefined, { urn })
            case "lxd:index/storageBucket:StorageBucket":
                return new StorageBucket(name, <any>undefined, { urn })
            case "lxd:index/storageBucketKey:StorageBucketKey":
                return new StorageBucketKey(name, <any>undefined, { urn })
            case "lxd:index/storagePool:StoragePool":
                return new StoragePool(name, <any>undefined, { urn })
            case "lxd:index/trustCertificate:TrustCertificate":
                return new TrustCertificate(name, <any>undefined, { urn })
            case "lxd:index/trustToken:TrustToken":
                return new TrustToken(name, <any>undefined, { urn })
            case "lxd:index/volume:Volume":
                return new Volume(name, <any>undefined, { urn })
            case "lxd:index/volumeCopy:VolumeCopy":
                return new VolumeCopy(name, <any>undefined, { urn })
            default:
                throw new Error(`unknown resource type ${type}`);
        }
    },
};
pulumi.runtime.registerResourceModule("lxd", "index/authGroup", _module)
pulumi.runtime.registerResourceModule("lxd", "index/authIdentity", _module)
pulumi.runtime.registerResourceModule("lxd", "index/cachedImage", _module)
pulumi.runtime.registerResourceModule("lxd", "index/instance", _module)
pulumi.runtime.registerResourceModule("lxd", "index/instanceDevice", _module)
pulumi.runtime.registerResourceModule("lxd", "index/instanceFile", _module)
pulumi.runtime.registerResourceModule("lxd", "index/network", _module)
pulumi.runtime.registerResourceModule("lxd", "index/networkAcl", _module)
pulumi.runtime.registerResourceModule("lxd", "index/networkForward", _module)
pulumi.runtime.registerResourceModule("lxd", "index/networkLb", _module)
pulumi.runtime.registerResourceModule("lxd", "index/networkPeer", _module)
pulumi.runtime.registerResourceModule("lxd", "index/networkZone", _module)
pulumi.runtime.registerResourceModule("lxd", "index/networkZoneRecord", _module)
pulumi.runtime.registerResourceModule("lxd", "index/profile", _module)
pulumi.runtime.registerResourceModule("lxd", "index/project", _module)
pulumi.runtime.registerResourceModule("lxd", "index/publishImage", _module)
pulumi.runtime.registerResourceModule("lxd", "index/snapshot", _module)
pulumi.runtime.registerResourceModule("lxd", "index/storageBucket", _module)
pulumi.runtime.registerResourceModule("lxd", "index/storageBucketKey", _module)
pulumi.runtime.registerResourceModule("lxd", "index/storagePool", _module)
pulumi.runtime.registerResourceModule("lxd", "index/trustCertificate", _module)
pulumi.runtime.registerResourceModule("lxd", "index/trustToken", _module)
pulumi.runtime.registerResourceModule("lxd", "index/volume", _module)
pulumi.runtime.registerResourceModule("lxd", "index/volumeCopy", _module)
pulumi.runtime.registerResourcePackage("lxd", {
    version: utilities.getVersion(),
    constructProvider: (name: string, type: string, urn: string): pulumi.ProviderResource => {
        if (type !== "pulumi:providers:lxd") {
            throw new Error(`unknown provider type ${type}`);
        }
        return new Provider(name, <any>undefined, { urn });
    },
});
