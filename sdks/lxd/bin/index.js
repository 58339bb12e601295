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
exports.types = exports.Volume = exports.StoragePool = exports.Project = exports.Profile = exports.Network = exports.InstanceFile = exports.Instance = exports.CachedImage = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
exports.CachedImage = null;
utilities.lazyLoad(exports, ["CachedImage"], () => require("./cachedImage"));
exports.Instance = null;
utilities.lazyLoad(exports, ["Instance"], () => require("./instance"));
exports.InstanceFile = null;
utilities.lazyLoad(exports, ["InstanceFile"], () => require("./instanceFile"));
exports.Network = null;
utilities.lazyLoad(exports, ["Network"], () => require("./network"));
exports.Profile = null;
utilities.lazyLoad(exports, ["Profile"], () => require("./profile"));
exports.Project = null;
utilities.lazyLoad(exports, ["Project"], () => require("./project"));
__exportStar(require("./provider"), exports);
const provider_1 = require("./provider");
exports.StoragePool = null;
utilities.lazyLoad(exports, ["StoragePool"], () => require("./storagePool"));
exports.Volume = null;
utilities.lazyLoad(exports, ["Volume"], () => require("./volume"));
// Export sub-modules:
const types = require("./types");
exports.types = types;
const _module = {
    version: utilities.getVersion(),
    construct: (name, type, urn) => {
        switch (type) {
            case "lxd:index/cachedImage:CachedImage":
                return new exports.CachedImage(name, undefined, { urn });
            case "lxd:index/instance:Instance":
                return new exports.Instance(name, undefined, { urn });
            case "lxd:index/instanceFile:InstanceFile":
                return new exports.InstanceFile(name, undefined, { urn });
            case "lxd:index/network:Network":
                return new exports.Network(name, undefined, { urn });
            case "lxd:index/profile:Profile":
                return new exports.Profile(name, undefined, { urn });
            case "lxd:index/project:Project":
                return new exports.Project(name, undefined, { urn });
            case "lxd:index/storagePool:StoragePool":
                return new exports.StoragePool(name, undefined, { urn });
            case "lxd:index/volume:Volume":
                return new exports.Volume(name, undefined, { urn });
            default:
                throw new Error(`unknown resource type ${type}`);
        }
    },
};
pulumi.runtime.registerResourceModule("lxd", "index/cachedImage", _module);
pulumi.runtime.registerResourceModule("lxd", "index/instance", _module);
pulumi.runtime.registerResourceModule("lxd", "index/instanceFile", _module);
pulumi.runtime.registerResourceModule("lxd", "index/network", _module);
pulumi.runtime.registerResourceModule("lxd", "index/profile", _module);
pulumi.runtime.registerResourceModule("lxd", "index/project", _module);
pulumi.runtime.registerResourceModule("lxd", "index/storagePool", _module);
pulumi.runtime.registerResourceModule("lxd", "index/volume", _module);
pulumi.runtime.registerResourcePackage("lxd", {
    version: utilities.getVersion(),
    constructProvider: (name, type, urn) => {
        if (type !== "pulumi:providers:lxd") {
            throw new Error(`unknown provider type ${type}`);
        }
        return new provider_1.Provider(name, undefined, { urn });
    },
});
